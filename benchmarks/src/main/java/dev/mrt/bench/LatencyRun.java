package dev.mrt.bench;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.runtime.StreamsRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Latency of the full pipeline under a steady load: a fresh application (own input topic and
 * state) is started, then articles are published at a fixed rate; every enriched record read by
 * a {@code read_committed} consumer gives one latency, from its produce stamp. The first
 * {@code warmup} seconds are not recorded (JIT, first segments of the stores).
 */
final class LatencyRun {
    private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(60);

    private LatencyRun() {}

    static LatencyResult run(
            String bootstrapServers, Path stateRoot, Variant.Guarantee guarantee, double rate, int warmup, int seconds)
            throws Exception {
        String name = "latency-" + guarantee.name().toLowerCase(Locale.ROOT) + "-1t";
        AppConfig cfg = BenchConfig.of(
                bootstrapServers,
                name,
                "bench." + name + ".articles",
                guarantee.setting,
                stateRoot,
                Map.of(Setting.KAFKA_PREFIX + "num.stream.threads", "1"));
        LatencyRecorder recorder = new LatencyRecorder();
        try (AppUnderTest app = AppUnderTest.fullPipeline(cfg);
                CommittedTail tail =
                        CommittedTail.start(bootstrapServers, app.outputTopic(), app.partitions(), recorder::accept);
                StreamsRunner runner = app.newRunner()) {
            runner.start();
            if (!runner.awaitRunning(Duration.ofMinutes(2))) {
                throw new IllegalStateException(name + " did not reach RUNNING: " + runner.fatalError());
            }
            PaceSchedule schedule = PaceSchedule.startingSoon(rate, warmup, seconds);
            recorder.measure(schedule.measureFromMicros(), schedule.measureToMicros());
            System.err.printf(
                    Locale.ROOT,
                    "  %s: %d articles at %.0f/s (%d s warm-up, %d s measured)%n",
                    name,
                    schedule.total(),
                    rate,
                    warmup,
                    seconds);
            double producerLag =
                    PacedProducer.run(bootstrapServers, app.input(), ArticleGenerator.realistic(name + "-"), schedule);
            long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
            while (recorder.recorded() < schedule.measured()
                    && System.nanoTime() < deadline
                    && runner.fatalError() == null) {
                Thread.sleep(50);
            }
            return LatencyResult.of(
                    guarantee.setting,
                    schedule,
                    warmup,
                    seconds,
                    recorder.recorded(),
                    recorder.histogram(),
                    producerLag);
        }
    }
}
