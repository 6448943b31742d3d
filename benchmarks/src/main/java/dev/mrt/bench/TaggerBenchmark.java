package dev.mrt.bench;

import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.Tags;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tagging throughput per thread. JMH reports articles per second for {@code tag}, and the
 * secondary metric {@code tag:textChars} in chars per second: divided by 1e6 that is MB/s of
 * article text (chars are bytes for this English corpus). {@link #main} prints MB/s directly.
 * {@code model} compares the tagger as shipped (rules and learned layer) with the rules alone.
 * Run: {@code java -jar benchmarks/target/benchmarks.jar TaggerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
@Threads(1)
public class TaggerBenchmark {
    @Param({"1000", "4000", "10000", "1000000"})
    public int articleChars;

    /** {@code shipped}: the rules with the learned layer the jar ships (what runs); {@code rules}: the rules alone. */
    @Param({"shipped", "rules"})
    public String model;

    private ArticleTagger tagger;
    private List<ArticleText> articles;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        tagger = ArticleTagger.loadDefault();
        if (model.equals("rules")) {
            tagger = tagger.rulesOnly();
        } else if (!model.equals("shipped")) {
            throw new IllegalArgumentException("model is shipped or rules: " + model);
        }
        int count = articleChars >= 1_000_000 ? 4 : 64;
        OffsetDateTime published = OffsetDateTime.parse("2024-06-14T09:30:00-04:00");
        articles = BenchmarkCorpus.articles(articleChars, count, 42L).stream()
                .map(body -> new ArticleText("bench", "Markets wrap", body, published))
                .toList();
    }

    /** Chars of article text tagged, reported by JMH as a rate next to the operations. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class TextCounter {
        public long textChars;

        @Setup(Level.Iteration)
        public void reset() {
            textChars = 0;
        }
    }

    @Benchmark
    public void tag(Blackhole bh, TextCounter counter) {
        ArticleText a = articles.get(next);
        next = (next + 1) % articles.size();
        Tags tags = tagger.tag(a);
        counter.textChars += a.title().length()
                + ArticleText.TITLE_BODY_SEPARATOR.length()
                + a.body().length();
        bh.consume(tags);
    }

    /** Prints MB/s per thread from a JMH run's articles/s, for the report. */
    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.runner.options.Options opts = new org.openjdk.jmh.runner.options.OptionsBuilder()
                .include(TaggerBenchmark.class.getSimpleName())
                .build();
        for (org.openjdk.jmh.results.RunResult r : new org.openjdk.jmh.runner.Runner(opts).run()) {
            int chars = Integer.parseInt(r.getParams().getParam("articleChars"));
            double perSecond = r.getPrimaryResult().getScore();
            System.out.printf(
                    "articleChars=%d model=%s: %.1f articles/s = %.1f MB/s per thread%n",
                    chars, r.getParams().getParam("model"), perSecond, perSecond * chars / 1e6);
        }
    }
}
