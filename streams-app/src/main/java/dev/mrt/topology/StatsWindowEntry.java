package dev.mrt.topology;

import org.apache.kafka.common.serialization.Serde;

/**
 * One statistics window as its store keeps it: its cells, and whether they changed since the
 * window was last written to the statistics topic (kept with the window, so that a change made
 * just before a crash is still written after the restart).
 */
public record StatsWindowEntry(boolean unsent, StatsCells cells) {

    StatsWindowEntry sent() {
        return new StatsWindowEntry(false, cells);
    }

    /** One byte of flag, then the cells. */
    static Serde<StatsWindowEntry> serde() {
        return StatsCells.serdeWithHead(
                1,
                (e, buf) -> buf.put((byte) (e.unsent ? 1 : 0)),
                StatsWindowEntry::cells,
                (head, cells) -> new StatsWindowEntry(head.get() != 0, cells));
    }
}
