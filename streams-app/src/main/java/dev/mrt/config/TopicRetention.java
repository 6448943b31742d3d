package dev.mrt.config;

import java.time.Duration;
import java.util.Optional;

/**
 * How long a topic keeps its records by time: {@code forever} ({@code retention.ms=-1}), or a
 * duration. Record timestamps here are publication times, so a finite retention deletes the
 * records <em>published</em> longer ago than it, however recently they were written.
 */
public record TopicRetention(Optional<Duration> limit) {
    public static final String FOREVER_TEXT = "forever";

    public static TopicRetention forever() {
        return new TopicRetention(Optional.empty());
    }

    public static TopicRetention of(Duration d) {
        return new TopicRetention(Optional.of(d));
    }

    public boolean isForever() {
        return limit.isEmpty();
    }

    /** The topic config value: -1 for forever. */
    public long retentionMs() {
        return limit.map(Duration::toMillis).orElse(-1L);
    }

    /** Whether a topic's {@code retention.ms} keeps at least what this asks for. */
    public boolean keptBy(long topicRetentionMs) {
        if (topicRetentionMs < 0) {
            return true;
        }
        return limit.isPresent() && topicRetentionMs >= limit.get().toMillis();
    }

    @Override
    public String toString() {
        return limit.map(Duration::toString).orElse(FOREVER_TEXT);
    }
}
