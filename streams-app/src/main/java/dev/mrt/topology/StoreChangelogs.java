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
 */
public final class StoreChangelogs {
    public static final Map<String, String> CONFIG = Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime");

    private StoreChangelogs() {}

    public static <S extends org.apache.kafka.streams.processor.StateStore> StoreBuilder<S> logged(
            StoreBuilder<S> builder) {
        return builder.withLoggingEnabled(CONFIG);
    }
}
