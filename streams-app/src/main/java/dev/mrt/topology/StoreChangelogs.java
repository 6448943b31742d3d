package dev.mrt.topology;

import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * Topic settings of every state store's changelog.
 *
 * <p>Kafka Streams gives a window store's changelog {@code retention.ms} = store retention + 1 day,
 * and the broker applies retention to record timestamps: here, publication times. Replaying old
 * news would then let the broker delete changelog segments as soon as they roll (by
 * {@code segment.ms}, also on record timestamps), and state restored after a crash would silently
 * miss entries (a re-sent wire enriched twice). With append time the changelog's retention counts
 * from when the state was written; restoration does not need the record timestamps, since window
 * stores keep theirs in the key.
 *
 * <p>Why that is enough: a key-value store's changelog is compacted, never deleted by time. A
 * window store's changelog ({@code compact,delete}) keeps an entry for the store's retention plus a
 * day after it was written, while the store itself drops it once event time has moved its
 * retention past it; event time moves at least as fast as the clock live and faster in a replay,
 * so the changelog outlives the store's need. The exception: input that stops for longer than a
 * store's retention plus a day and then goes on at the old event times (an archive loaded in parts
 * weeks apart) meets a store restored without its oldest entries.
 * The repartition topics ({@code link-sources-from-articles}, {@code link-sources-from-notes},
 * {@code stats-changes}) are created by Kafka Streams with {@code retention.ms=-1}; Kafka Streams
 * deletes their records itself once processed and committed.
 */
public final class StoreChangelogs {
    public static final Map<String, String> CONFIG = Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");

    private StoreChangelogs() {}

    public static <S extends org.apache.kafka.streams.processor.StateStore> StoreBuilder<S> logged(
            StoreBuilder<S> builder) {
        return builder.withLoggingEnabled(CONFIG);
    }
}
