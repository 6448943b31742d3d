package dev.mrt.topology;

import java.util.Objects;

/**
 * Which run produces the records: the live pipeline, or a replay with its id and the event-time
 * window it covers. Stamped into every derived record's provenance so a replayed value never
 * passes for a fresh one.
 */
public record RunIdentity(String mode, String replayId, EventTimeWindow window) {
    public static final String LIVE = "live";
    public static final String REPLAY = "replay";

    public RunIdentity {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(window, "window");
    }

    public RunIdentity(String mode, String replayId) {
        this(mode, replayId, EventTimeWindow.ALL);
    }

    public static RunIdentity live() {
        return new RunIdentity(LIVE, null, EventTimeWindow.ALL);
    }

    public static RunIdentity replay(String replayId) {
        return replay(replayId, EventTimeWindow.ALL);
    }

    public static RunIdentity replay(String replayId, EventTimeWindow window) {
        return new RunIdentity(REPLAY, Objects.requireNonNull(replayId, "replayId"), window);
    }

    public boolean isReplay() {
        return REPLAY.equals(mode);
    }
}
