package dev.mrt.ingest;

import java.time.Duration;
import java.time.Instant;

/**
 * How an import ended. When it ran to the end of the file, {@code read = sent + rejected + failed}.
 *
 * @param stoppedEarly why it stopped before the end of the file, or null
 * @param lastLine     last line read
 * @param oldest       earliest publication time among the articles read, or null when none
 */
public record ImportSummary(
        long read,
        long sent,
        long rejected,
        long failed,
        Duration took,
        String stoppedEarly,
        long lastLine,
        Instant oldest) {

    /** Every record read reached the topic, and the whole file was read. */
    public boolean complete() {
        return rejected == 0 && failed == 0 && stoppedEarly == null;
    }

    public double rate() {
        double seconds = took.toNanos() / 1e9;
        return seconds <= 0 ? 0 : sent / seconds;
    }
}
