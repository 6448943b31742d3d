package dev.mrt.replay;

import dev.mrt.topology.EventTimeWindow;
import java.time.Instant;
import java.util.Objects;

/**
 * What the user asked for.
 *
 * @param id     the replay id; the same id resumes an interrupted replay
 * @param from   where to start when the replay's consumer group has no committed offsets yet
 * @param to     end of the event-time window (exclusive), or null for none
 * @param output enriched output topic, or null for the default replay name
 * @param follow keep running after catching up
 */
public record ReplayRequest(ReplayId id, ReplayStart from, Instant to, String output, boolean follow) {

    public ReplayRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        window(from, to);
    }

    public EventTimeWindow window() {
        return window(from, to);
    }

    private static EventTimeWindow window(ReplayStart from, Instant to) {
        try {
            return new EventTimeWindow(from.instant(), to);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
        }
    }
}
