package dev.mrt.bench;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Tagging MB/s per CPU-second of the tagging thread, the tagger as shipped (rules and learned
 * layer) against the rules alone, alternating in one JVM on the same generated articles. CPU
 * time, unlike JMH's wall-clock rate, holds up on a machine shared with other work; it leaves out
 * the GC threads. Run: {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.TaggerCpuRate [chars=4000] [rounds=6]}.
 */
public final class TaggerCpuRate {
    private TaggerCpuRate() {}

    public static void main(String[] args) {
        int chars = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        ArticleTagger shipped = ArticleTagger.loadDefault();
        ArticleTagger rules = shipped.rulesOnly();
        OffsetDateTime published = OffsetDateTime.parse("2024-06-14T09:30:00-04:00");
        List<ArticleText> articles = BenchmarkCorpus.articles(chars, 64, 42L).stream()
                .map(b -> new ArticleText("bench", "Markets wrap", b, published))
                .toList();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        System.out.println("| round | rules MB/s per CPU-s | shipped MB/s per CPU-s | shipped / rules |");
        System.out.println("|---:|---:|---:|---:|");
        for (int round = 0; round < rounds; round++) {
            double r = rate(rules, articles, mx);
            double s = rate(shipped, articles, mx);
            // The first rounds warm the JIT up; they are printed but are not the figures.
            System.out.printf("| %d%s | %.1f | %.1f | %.2f |%n", round, round < 2 ? " (warm-up)" : "", r, s, s / r);
        }
    }

    private static double rate(ArticleTagger tagger, List<ArticleText> articles, ThreadMXBean mx) {
        long start = mx.getCurrentThreadCpuTime();
        long chars = 0;
        while (mx.getCurrentThreadCpuTime() - start < 2_000_000_000L) {
            for (ArticleText a : articles) {
                if (tagger.tag(a) == null) {
                    throw new IllegalStateException();
                }
                chars += a.title().length()
                        + ArticleText.TITLE_BODY_SEPARATOR.length()
                        + a.body().length();
            }
        }
        return chars / ((mx.getCurrentThreadCpuTime() - start) / 1e9) / 1e6;
    }
}
