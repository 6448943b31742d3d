package dev.mrt.bench;

import dev.mrt.runtime.PipelineDrain;
import dev.mrt.runtime.StreamsRunner;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;

/**
 * Runs one application over the pre-loaded input topic and times it: start-up (until the first
 * output record), steady state (10% to 90% of the output records), the last output record and,
 * for the full pipeline, the moment its later stages (linking, statistics, dashboard views) have
 * processed everything too. Output is read as a downstream consumer would ({@link CommittedTail}).
 */
final class ThroughputRun {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 50;
    private static final long DRAIN_POLL_MILLIS = 250;
    /** Linking writes changed notes and statistics once a second, after the records that changed them. */
    private static final Duration SETTLE = PipelineDrain.SETTLE;

    private ThroughputRun() {}

    static ThroughputResult run(AppUnderTest app, Variant variant, int articles, int sampleMillis, Admin admin)
            throws Exception {
        Duration limit = Duration.ofSeconds(Math.max(900, articles / 10));
        OutputProgress progress = new OutputProgress();
        StackSampler sampler = null;
        try (CommittedTail tail = CommittedTail.start(
                        app.bootstrapServers(), app.outputTopic(), app.partitions(), progress::accept);
                PipelineDrain drain =
                        new PipelineDrain(admin, app.bootstrapServers(), app.applicationId(), app.topology());
                StreamsRunner runner = app.newRunner()) {
            double cpu0 = CpuClock.processSeconds();
            long t0 = System.nanoTime();
            runner.start();
            if (!runner.awaitRunning(START_TIMEOUT)) {
                throw new IllegalStateException(variant.name() + " did not reach RUNNING: " + runner.fatalError());
            }
            await(progress::count, 1, t0, limit, runner, variant);
            long first = progress.reached(1).nanos();
            if (variant.kind() == Variant.Kind.FULL && sampleMillis > 0) {
                sampler = StackSampler.start(app.applicationId(), sampleMillis);
            }
            await(progress::count, articles, t0, limit, runner, variant);
            long last = progress.reached(articles).nanos();
            long done = last;
            if (variant.kind() == Variant.Kind.FULL) {
                done = awaitDrained(drain, runner, t0, limit, variant);
            }
            StackProfile profile = sampler == null ? StackProfile.NONE : sampler.profile();
            double streamCpu = CpuClock.streamThreadSeconds(app.applicationId());
            double cpu = CpuClock.processSeconds() - cpu0;
            if (progress.count() != articles) {
                System.err.printf(
                        Locale.ROOT,
                        "%s: %d output records for %d articles%n",
                        variant.name(),
                        progress.count(),
                        articles);
            }
            return new ThroughputResult(
                    variant,
                    articles,
                    seconds(first - t0),
                    seconds(last - t0),
                    seconds(done - t0),
                    progress.rateBetween(articles, 0.1, 0.9),
                    cpu,
                    streamCpu,
                    PipelineCounts.of(app.metrics()),
                    profile,
                    TopicVolumes.of(admin, "bench." + app.applicationId() + ".", app.applicationId() + "-"),
                    MachineInfo.loadAverage());
        } finally {
            if (sampler != null) {
                sampler.close();
            }
        }
    }

    /**
     * Polls until the group has had nothing left to process on any topic it reads for
     * {@link #SETTLE}, then returns when the stream threads last processed a record. The committed offsets say that all is done,
     * but only after the next commit (every 30 s under at-least-once); the processed-records
     * metric says when.
     */
    private static long awaitDrained(PipelineDrain drain, StreamsRunner runner, long t0, Duration limit, Variant v)
            throws Exception {
        long deadline = t0 + limit.toNanos();
        long nextReport = System.nanoTime() + 10_000_000_000L;
        long processed = -1;
        long lastProgress = System.nanoTime();
        long drainedSince = -1;
        while (true) {
            long now = System.nanoTime();
            long p = ProcessedRecords.total(runner.streams());
            if (p != processed) {
                processed = p;
                lastProgress = now;
            }
            PipelineDrain.Check c = drain.check();
            if (!c.drained()) {
                drainedSince = -1;
            } else if (drainedSince < 0) {
                drainedSince = now;
            } else if (now - drainedSince >= SETTLE.toNanos()) {
                return lastProgress;
            }
            if (runner.fatalError() != null) {
                throw new IllegalStateException(v.name() + " failed", runner.fatalError());
            }
            if (now > deadline) {
                throw new IllegalStateException(
                        v.name() + " did not drain within " + limit + " (" + c.behind() + " left)");
            }
            if (now > nextReport) {
                System.err.printf(
                        Locale.ROOT,
                        "  %s: %.0f s, %d records left on the topics it reads%n",
                        v.name(),
                        seconds(now - t0),
                        c.behind());
                nextReport = now + 10_000_000_000L;
            }
            Thread.sleep(DRAIN_POLL_MILLIS);
        }
    }

    /** Polls until {@code value} reaches {@code target}; reports progress every 10 s on standard error. */
    private static void await(LongSupplier value, long target, long t0, Duration limit, StreamsRunner runner, Variant v)
            throws InterruptedException {
        long deadline = t0 + limit.toNanos();
        long nextReport = System.nanoTime() + 10_000_000_000L;
        while (true) {
            long now = System.nanoTime();
            long current = value.getAsLong();
            if (current >= target) {
                return;
            }
            if (runner.fatalError() != null) {
                throw new IllegalStateException(v.name() + " failed", runner.fatalError());
            }
            if (now > deadline) {
                throw new IllegalStateException(v.name() + " did not finish within " + limit + " (at " + current + ")");
            }
            if (now > nextReport) {
                System.err.printf(
                        Locale.ROOT, "  %s: %.0f s, %d output records%n", v.name(), seconds(now - t0), current);
                nextReport = now + 10_000_000_000L;
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
