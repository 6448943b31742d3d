package dev.mrt.runtime;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns SIGINT/SIGTERM into an orderly stop: the JVM's shutdown hook only signals, then waits
 * (bounded) while the main thread closes Kafka Streams and the broker itself, so nothing is
 * closed twice and the process exits only after the cleanup.
 */
public final class ShutdownSignal implements AutoCloseable {
    private static final Duration CLEANUP_BUDGET = Duration.ofSeconds(45);

    private final CountDownLatch requested = new CountDownLatch(1);
    private final CountDownLatch cleanedUp = new CountDownLatch(1);
    private final Thread hook;
    private volatile boolean bySignal;

    public ShutdownSignal() {
        hook = new Thread(
                () -> {
                    bySignal = true;
                    requested.countDown();
                    try {
                        cleanedUp.await(CLEANUP_BUDGET.toMillis(), TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "mrt-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Ask to stop from inside the process (e.g. on a fatal error). */
    public void request() {
        requested.countDown();
    }

    public boolean isRequested() {
        return requested.getCount() == 0;
    }

    /** True when the stop came from outside (SIGTERM, Ctrl-C), not from a failure inside. */
    public boolean isBySignal() {
        return bySignal;
    }

    public void await() throws InterruptedException {
        requested.await();
    }

    public boolean await(Duration timeout) throws InterruptedException {
        return requested.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Also stop when Kafka Streams stops by itself. */
    public void stopWhenTerminated(StreamsRunner runner) {
        Thread watcher = new Thread(
                () -> {
                    try {
                        runner.awaitTermination();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    request();
                },
                "mrt-streams-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Cleanup is done: lets a pending shutdown hook finish, or removes the hook on a normal exit. */
    @Override
    public void close() {
        cleanedUp.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running; it returns now that cleanedUp is released.
        }
    }
}
