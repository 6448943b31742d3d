package dev.mrt.bench;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Tagging throughput per thread measured in the thread's own CPU time: MB of article text per
 * CPU-second. On a machine shared with other work JMH's wall-clock rate falls with the load;
 * this one does not (much), so before/after comparisons stay readable there. Prints one line per
 * 3-second round after two warm-up rounds:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.TaggerCpuRate [CHARS]}.
 */
public final class TaggerCpuRate {
    private static final long ROUND_NANOS = 3_000_000_000L;

    private TaggerCpuRate() {}

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 4000;
        ArticleTagger tagger = ArticleTagger.loadDefault();
        OffsetDateTime published = OffsetDateTime.parse("2024-06-14T09:30:00-04:00");
        List<ArticleText> articles = BenchmarkCorpus.articles(size, 64, 42L).stream()
                .map(body -> new ArticleText("bench", "Markets wrap", body, published))
                .toList();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long consumed = 0;
        for (int round = 0; round < 7; round++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long chars = 0;
            while (threads.getCurrentThreadCpuTime() - cpu0 < ROUND_NANOS) {
                for (ArticleText a : articles) {
                    consumed += tagger.tag(a).notes().size();
                    chars += a.title().length()
                            + ArticleText.TITLE_BODY_SEPARATOR.length()
                            + a.body().length();
                }
            }
            double seconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            if (round >= 2) {
                System.out.printf(
                        "articleChars=%d round=%d: %.1f MB per CPU-second%n", size, round - 1, chars / seconds / 1e6);
            }
        }
        System.out.println("(" + consumed + " notes)");
    }
}
