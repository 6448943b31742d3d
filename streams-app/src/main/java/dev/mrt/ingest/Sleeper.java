package dev.mrt.ingest;

/** Waiting, made replaceable so that pacing is tested against a fake clock instead of wall time. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = nanos -> {
        if (nanos > 0) {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        }
    };

    void sleepNanos(long nanos) throws InterruptedException;
}
