package dev.mrt.bench;

import dev.mrt.config.AppConfig;
import dev.mrt.config.LogLevels;
import dev.mrt.config.Setting;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.RunIdentity;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The app of the memory harness, in a JVM of its own so that heap and RSS are not the broker's:
 * the full pipeline as {@code run} builds it, and a {@link BoundedFeeder} publishing its input
 * (here because the in-process schema registry lives in this JVM; its producer's memory is
 * bounded by {@code buffer.memory}, 32 MB). Every {@code every} articles enriched it takes a
 * {@link MemoryProbe} and prints a {@link MemoryCheckpoint} line on standard output, then a
 * {@code fed} line with the mean article length.
 * Arguments: bootstrap servers, state directory, processing guarantee, articles, every,
 * min chars, max chars, max lead.
 */
public final class MemoryProbeApp {
    static final String FED_PREFIX = "fed ";

    private MemoryProbeApp() {}

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0];
        Path state = Path.of(args[1]);
        String guarantee = args[2];
        long articles = Long.parseLong(args[3]);
        long every = Long.parseLong(args[4]);
        AppConfig cfg = BenchConfig.of(
                bootstrap,
                MemoryHarness.APPLICATION_ID,
                MemoryHarness.INPUT_TOPIC,
                guarantee,
                state,
                Map.of(Setting.KAFKA_PREFIX + "num.stream.threads", "1"));
        LogLevels.apply(cfg);
        PipelineMetrics metrics = PipelineMetrics.inMemory();
        try (Pipeline pipeline = Pipeline.create(cfg, RunIdentity.live(), metrics);
                StreamsRunner runner = pipeline.startingRunner()) {
            long t0 = System.nanoTime();
            runner.start();
            if (!runner.awaitRunning(Duration.ofMinutes(2))) {
                throw new IllegalStateException("the app did not reach RUNNING: " + runner.fatalError());
            }
            BoundedFeeder feeder = new BoundedFeeder(
                    bootstrap,
                    pipeline.topics().articles(),
                    new ArticleGenerator("mem-", Integer.parseInt(args[5]), Integer.parseInt(args[6])),
                    articles,
                    Long.parseLong(args[7]),
                    () -> (long) metrics.total("mrt.articles.tagged"));
            Thread feeding = new Thread(feeder, "bench-feeder");
            feeding.setDaemon(true);
            feeding.start();
            for (long target = every; target <= articles; target += every) {
                while (metrics.total("mrt.articles.tagged") < target) {
                    if (runner.fatalError() != null || feeder.failure() != null) {
                        throw new IllegalStateException(
                                "stopped before " + target + " articles",
                                runner.fatalError() != null ? runner.fatalError() : feeder.failure());
                    }
                    Thread.sleep(100);
                }
                long enriched = (long) metrics.total("mrt.articles.tagged");
                MemoryProbe m = MemoryProbe.take(state);
                System.out.println(new MemoryCheckpoint(enriched, (System.nanoTime() - t0) / 1e9, m).toLine());
                System.out.flush();
            }
            System.out.printf(Locale.ROOT, "%s%.1f%n", FED_PREFIX, feeder.meanChars());
            System.out.flush();
        }
        System.exit(0);
    }
}
