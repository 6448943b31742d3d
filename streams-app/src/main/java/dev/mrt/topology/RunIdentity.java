package dev.mrt.topology;

/**
 * Which run produces the records: the live pipeline, or a replay with its id. Stamped into
 * every derived record's provenance so a replayed value never passes for a fresh one.
 */
public record RunIdentity(String mode, String replayId) {
    public static final String LIVE = "live";
    public static final String REPLAY = "replay";

    public static RunIdentity live() {
        return new RunIdentity(LIVE, null);
    }

    public static RunIdentity replay(String replayId) {
        return new RunIdentity(REPLAY, replayId);
    }

    public boolean isReplay() {
        return REPLAY.equals(mode);
    }
}
