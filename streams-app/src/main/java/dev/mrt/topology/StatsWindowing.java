package dev.mrt.topology;

import java.time.Duration;
import java.time.Instant;

/**
 * One granularity of the statistics: its window size, its store, and how long its windows are
 * kept. A window is keyed by {@link #deltaKey(long)} (which sorts by time), in its store and on
 * its way there, so every change to one window meets in one task.
 */
public record StatsWindowing(String name, Duration size, String store, Duration retention) {

    public long windowStart(long timestamp) {
        return timestamp - Math.floorMod(timestamp, size.toMillis());
    }

    /** {@code hourly@2021-09-10T12:00:00Z}: the key of changes to one window. */
    public String deltaKey(long windowStart) {
        return name + "@" + Instant.ofEpochMilli(windowStart);
    }

    /** The start of the window a {@link #deltaKey(long)} names. */
    public long windowStart(String deltaKey) {
        return Instant.parse(deltaKey.substring(name.length() + 1)).toEpochMilli();
    }

    public boolean owns(String deltaKey) {
        return deltaKey.startsWith(name + "@");
    }

    /** {@code 2021-09-10T12:00:00Z/PT1H}: the key of a window on the statistics topic. */
    public static String outputKey(long windowStart, Duration size) {
        return Instant.ofEpochMilli(windowStart) + "/" + size;
    }
}
