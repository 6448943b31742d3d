package dev.mrt.topology;

import org.apache.kafka.common.serialization.Serde;

/**
 * A change to one statistics window from one linking partition, with how far that partition has
 * got (the newest source it accepted): the statistics keep a window until every linking
 * partition is past it, so no change can arrive for a window already dropped.
 */
record StatsDelta(int partition, long progress, StatsCells cells) {

    /** 12 bytes of partition and progress, then the cells. */
    static Serde<StatsDelta> serde() {
        return StatsCells.serdeWithHead(
                12,
                (d, buf) -> buf.putInt(d.partition).putLong(d.progress),
                StatsDelta::cells,
                (head, cells) -> new StatsDelta(head.getInt(), head.getLong(), cells));
    }
}
