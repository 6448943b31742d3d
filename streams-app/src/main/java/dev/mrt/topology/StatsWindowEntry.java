package dev.mrt.topology;

import java.util.Arrays;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * One statistics window as its store keeps it: its cells, and whether they changed since the
 * window was last written to the statistics topic (kept with the window, so that a change made
 * just before a crash is still written after the restart).
 */
public record StatsWindowEntry(boolean unsent, StatsCells cells) {

    StatsWindowEntry sent() {
        return new StatsWindowEntry(false, cells);
    }

    /** One byte of flag, then the cells ({@link StatsCells#serde()}). */
    static Serde<StatsWindowEntry> serde() {
        return Serdes.serdeFrom(
                (topic, e) -> {
                    if (e == null) {
                        return null;
                    }
                    byte[] cells = e.cells.toBytes();
                    byte[] out = new byte[cells.length + 1];
                    out[0] = (byte) (e.unsent ? 1 : 0);
                    System.arraycopy(cells, 0, out, 1, cells.length);
                    return out;
                },
                (topic, b) -> b == null
                        ? null
                        : new StatsWindowEntry(b[0] != 0, StatsCells.of(Arrays.copyOfRange(b, 1, b.length))));
    }
}
