package dev.mrt.topology;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * A change to one statistics window from one linking partition, with how far that partition has
 * got (the newest source it accepted): the statistics keep a window until every linking
 * partition is past it, so no change can arrive for a window already dropped.
 */
record StatsDelta(int partition, long progress, StatsCells cells) {

    /** 12 bytes of partition and progress, then the cells ({@link StatsCells#serde()}). */
    static Serde<StatsDelta> serde() {
        return Serdes.serdeFrom(
                (topic, d) -> {
                    if (d == null) {
                        return null;
                    }
                    byte[] cells = d.cells.toBytes();
                    return ByteBuffer.allocate(12 + cells.length)
                            .putInt(d.partition)
                            .putLong(d.progress)
                            .put(cells)
                            .array();
                },
                (topic, b) -> {
                    if (b == null) {
                        return null;
                    }
                    ByteBuffer buf = ByteBuffer.wrap(b);
                    return new StatsDelta(
                            buf.getInt(), buf.getLong(), StatsCells.of(Arrays.copyOfRange(b, 12, b.length)));
                });
    }
}
