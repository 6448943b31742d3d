package dev.mrt.ingest;

/** Paces an import: {@link #acquire} returns when the next record may be sent. */
@FunctionalInterface
public interface Throttle {
    /** As fast as possible. */
    Throttle NONE = () -> {};

    void acquire() throws InterruptedException;
}
