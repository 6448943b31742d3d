package dev.mrt.time;

import java.time.Duration;

/**
 * Waiting, as something a class is given rather than calls: the registry client's backoff and
 * the import's rate limit wait through it, and their tests pass one that advances a fake clock
 * instead of waiting.
 */
@FunctionalInterface
public interface Sleeper {
    /** Waits on the real clock, to the nanosecond the JVM allows; zero or negative returns at once. */
    Sleeper REAL = duration -> {
        long nanos = duration.toNanos();
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };

    void sleep(Duration duration) throws InterruptedException;
}
