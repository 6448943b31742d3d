package dev.mrt.ingest;

import java.time.Duration;

/**
 * Where an import stands.
 *
 * @param read      records read (bad ones included)
 * @param sent      records the broker acknowledged
 * @param rejected  records that are not articles
 * @param failed    articles the broker did not take
 * @param bytesRead bytes of the archive file read
 * @param size      size of the archive file
 */
public record ImportProgress(
        long read, long sent, long rejected, long failed, long bytesRead, long size, Duration elapsed) {

    /** Share of the file read, 0..1. */
    public double fraction() {
        return size <= 0 ? 1.0 : Math.min(1.0, bytesRead / (double) size);
    }

    /** Records read per second so far. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : read / seconds;
    }

    /** Time left at the pace so far, or null before there is a pace. */
    public Duration eta() {
        double f = fraction();
        if (f <= 0 || elapsed.isZero()) {
            return null;
        }
        return Duration.ofMillis((long) (elapsed.toMillis() * (1 - f) / f));
    }
}
