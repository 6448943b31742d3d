package dev.mrt.topology;

import dev.mrt.avro.Article;
import org.apache.kafka.common.serialization.Serde;

/**
 * What the pipeline remembers of an article id: its revision, to tell a re-sent wire (same or
 * older revision) from an update (higher version, or later updated_at), and what its reactions
 * count for in the statistics, so that a revision or a re-processed copy replaces that
 * contribution instead of adding to it. {@link #NONE} marks an absent field.
 */
record DedupEntry(long version, long updatedAt, StatsCells contribution) {
    static final long NONE = Long.MIN_VALUE;

    static DedupEntry of(Article a) {
        return new DedupEntry(
                a.getVersion() == null ? NONE : a.getVersion(),
                a.getUpdatedAt() == null ? NONE : a.getUpdatedAt().toEpochMilli(),
                StatsCells.empty());
    }

    DedupEntry withContribution(StatsCells cells) {
        return new DedupEntry(version, updatedAt, cells);
    }

    /** True when {@code incoming} is a newer revision than this one. */
    boolean isSupersededBy(DedupEntry incoming) {
        if (incoming.version != NONE && version != NONE) {
            return incoming.version > version;
        }
        if (incoming.version != NONE) {
            return true;
        }
        return incoming.updatedAt != NONE && (updatedAt == NONE || incoming.updatedAt > updatedAt);
    }

    /** 16 bytes of revision, then the contribution (entries written before contributions were kept have none). */
    static Serde<DedupEntry> serde() {
        return StatsCells.serdeWithHead(
                16,
                (e, buf) -> buf.putLong(e.version).putLong(e.updatedAt),
                DedupEntry::contribution,
                (head, cells) -> new DedupEntry(head.getLong(), head.getLong(), cells));
    }
}
