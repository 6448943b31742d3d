package dev.mrt.topology;

import dev.mrt.avro.Article;
import java.nio.ByteBuffer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

/**
 * What the deduplicator remembers of an article id: its revision, to tell a re-sent wire
 * (same or older revision) from an update (higher version, or later updated_at).
 * {@link #NONE} marks an absent field.
 */
record DedupEntry(long version, long updatedAt) {
    static final long NONE = Long.MIN_VALUE;

    static DedupEntry of(Article a) {
        return new DedupEntry(
                a.getVersion() == null ? NONE : a.getVersion(),
                a.getUpdatedAt() == null ? NONE : a.getUpdatedAt().toEpochMilli());
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

    /** Fixed 16-byte encoding: the store holds millions of these. */
    static Serde<DedupEntry> serde() {
        return Serdes.serdeFrom(
                (topic, e) -> e == null
                        ? null
                        : ByteBuffer.allocate(16)
                                .putLong(e.version)
                                .putLong(e.updatedAt)
                                .array(),
                (topic, b) -> {
                    if (b == null) {
                        return null;
                    }
                    ByteBuffer buf = ByteBuffer.wrap(b);
                    return new DedupEntry(buf.getLong(), buf.getLong());
                });
    }
}
