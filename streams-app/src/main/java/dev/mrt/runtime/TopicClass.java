package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.config.TopicRetention;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The classes of topic the app creates, each with the setting that says how long its records are
 * kept, and the topic configs it is created with. Every record timestamp here is a publication
 * time, so only a retention by append time or none at all keeps old news: the app creates topics
 * with {@code retention.ms} from the class setting (forever by default), no size limit, and
 * {@code CreateTime} (downstream windows and consumers use the publication time).
 *
 * <p>Internal topics are Kafka Streams' and safe without this: store changelogs use append time
 * ({@link dev.mrt.topology.StoreChangelogs}); the repartition topics have no time retention and
 * Kafka Streams deletes their records itself once they are processed and committed.
 */
public enum TopicClass {
    INPUT(
            Setting.TOPIC_RETENTION_INPUT,
            List.of(Setting.TOPIC_ARTICLES, Setting.TOPIC_MARKET_NOTES, Setting.TOPIC_PRICES),
            "replays and restores re-read it"),
    OUTPUT(
            Setting.TOPIC_RETENTION_OUTPUT,
            List.of(Setting.TOPIC_ENRICHED, Setting.TOPIC_LINKS, Setting.TOPIC_STATS, Setting.TOPIC_REALIZED),
            "consumers, the dashboard's live feed and compare read it"),
    DEAD_LETTER(Setting.TOPIC_RETENTION_DLQ, List.of(Setting.TOPIC_DLQ), "it holds the only copy of input that failed");

    private final Setting retention;
    private final List<Setting> topics;
    private final String why;

    TopicClass(Setting retention, List<Setting> topics, String why) {
        this.retention = retention;
        this.topics = topics;
        this.why = why;
    }

    public Setting retentionSetting() {
        return retention;
    }

    /** Why the pipeline needs this class's records, for messages. */
    public String why() {
        return why;
    }

    public TopicRetention retention(AppConfig config) {
        return config.retention(retention);
    }

    /** The class of each topic the configuration names, in pipeline order. */
    public static Map<String, TopicClass> of(AppConfig config) {
        Map<String, TopicClass> out = new LinkedHashMap<>();
        for (TopicClass c : values()) {
            c.topics.forEach(t -> out.putIfAbsent(config.string(t), c));
        }
        return out;
    }

    /** The class of the topic a setting names. */
    public static TopicClass ofSetting(Setting topic) {
        for (TopicClass c : values()) {
            if (c.topics.contains(topic)) {
                return c;
            }
        }
        throw new IllegalArgumentException(topic.key() + " names no topic of the pipeline");
    }

    /** Topic configs to create a topic of this class with. */
    public Map<String, String> topicConfigs(AppConfig config) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        out.put(
                TopicConfig.RETENTION_MS_CONFIG,
                String.valueOf(retention(config).retentionMs()));
        out.put(TopicConfig.RETENTION_BYTES_CONFIG, "-1");
        out.put(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime");
        out.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.integer(Setting.TOPIC_MAX_MESSAGE_BYTES)));
        return out;
    }
}
