package dev.mrt.topology;

import java.time.Instant;

/**
 * The event times (publication times) a run processes: {@code [from, to)}, a null bound being
 * open. Half-open so that consecutive replays ({@code --from A --to B}, then {@code --from B})
 * cover every record exactly once.
 */
public record EventTimeWindow(Instant from, Instant to) {
    public static final EventTimeWindow ALL = new EventTimeWindow(null, null);

    public EventTimeWindow {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("the start " + from + " must be before the end " + to);
        }
    }

    public boolean contains(long epochMillis) {
        return (from == null || epochMillis >= from.toEpochMilli()) && (to == null || epochMillis < to.toEpochMilli());
    }

    public boolean isBounded() {
        return from != null || to != null;
    }

    @Override
    public String toString() {
        return "[" + (from == null ? "earliest" : from) + ", " + (to == null ? "open" : to) + ")";
    }
}
