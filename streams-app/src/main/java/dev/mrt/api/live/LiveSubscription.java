package dev.mrt.api.live;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One live-feed client's queue. Bounded: a client too slow to keep up is cut off rather than
 * slowing the feed for everyone; it reconnects with its last event id and resumes.
 */
public final class LiveSubscription implements AutoCloseable {
    private static final Duration CLOSE_CHECK = Duration.ofMillis(250);

    private final BlockingQueue<LiveEvent> queue;
    private volatile boolean closed;

    LiveSubscription(int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
    }

    /** Called by the feed; closes the subscription when the client has fallen too far behind. */
    void offer(LiveEvent e) {
        if (!closed && !queue.offer(e)) {
            close();
        }
    }

    /**
     * The next event, or null when none came within {@code wait} or the subscription closed
     * meanwhile (noticed within {@link #CLOSE_CHECK}, so shutdown does not wait on idle clients).
     */
    public LiveEvent poll(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!closed) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            LiveEvent e = queue.poll(Math.min(left, CLOSE_CHECK.toNanos()), TimeUnit.NANOSECONDS);
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
