package dev.mrt.runtime;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one Kafka Streams application: start, wait for RUNNING, report fatal errors, close.
 * A stream thread that dies replaces itself once; a second failure shuts the client down and
 * {@link #awaitTermination} reports it, so the process can exit non-zero.
 */
public final class StreamsRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StreamsRunner.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final KafkaStreams streams;
    private final boolean wipeLocalStateOnStart;
    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch terminated = new CountDownLatch(1);
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    public StreamsRunner(Topology topology, Properties properties, boolean wipeLocalStateOnStart) {
        this.wipeLocalStateOnStart = wipeLocalStateOnStart;
        this.streams = new KafkaStreams(topology, properties);
        streams.setStateListener((now, before) -> {
            LOG.info("Kafka Streams {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
            if (now == KafkaStreams.State.ERROR || now == KafkaStreams.State.NOT_RUNNING) {
                running.countDown();
                terminated.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(new ReplaceOnceThenShutdown());
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Starts; with {@code wipeLocalStateOnStart} the local state is deleted first and restored from the changelogs. */
    public void start() {
        if (wipeLocalStateOnStart) {
            streams.cleanUp();
        }
        streams.start();
    }

    /** Waits until the app is RUNNING; false if it failed or the time ran out. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)
                && streams.state() == KafkaStreams.State.RUNNING;
    }

    /** As {@link #awaitRunning(Duration)}, giving up early when {@code abort} turns true (a stop was requested). */
    public boolean awaitRunning(Duration timeout, java.util.function.BooleanSupplier abort)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !abort.getAsBoolean()) {
            if (running.await(200, TimeUnit.MILLISECONDS)) {
                return streams.state() == KafkaStreams.State.RUNNING;
            }
        }
        return false;
    }

    /** Blocks until the app stops by itself (fatal error) or is closed. */
    public void awaitTermination() throws InterruptedException {
        terminated.await();
    }

    /** The error that stopped the app, if one did. */
    public Throwable fatalError() {
        return fatal.get();
    }

    /**
     * Stops cleanly and leaves the consumer group, so the other instances take over this one's
     * partitions at once instead of after the session timeout (45 s by default).
     */
    @Override
    public void close() {
        streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        terminated.countDown();
    }

    private final class ReplaceOnceThenShutdown implements StreamsUncaughtExceptionHandler {
        private int replaced;

        @Override
        public synchronized StreamThreadExceptionResponse handle(Throwable e) {
            if (replaced++ == 0) {
                LOG.error("A stream thread failed; replacing it once", e);
                return StreamThreadExceptionResponse.REPLACE_THREAD;
            }
            LOG.error("A stream thread failed again; shutting down", e);
            fatal.compareAndSet(null, e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        }
    }
}
