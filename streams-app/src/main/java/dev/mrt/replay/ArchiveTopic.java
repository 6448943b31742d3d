package dev.mrt.replay;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.TopicClass;
import dev.mrt.runtime.TopicProvisioner;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.TopicConfig;

/**
 * An input topic as the archive that replays read: the articles topic that {@code import} fills,
 * the prices topic that {@code import-prices} fills. Its record timestamps are publication (or
 * observation) times, which a time-based retention would find long expired.
 */
public final class ArchiveTopic {

    private ArchiveTopic() {}

    /** Creates the topic the setting names if missing, as an input topic (kept forever unless {@code topic.retention.input} says). */
    public static String ensure(AppConfig cfg, Setting input) {
        String topic = cfg.string(input);
        try (Admin admin = Admin.create(ClientProperties.of(cfg))) {
            TopicProvisioner.ensure(
                    admin,
                    List.of(topic),
                    cfg.integer(Setting.TOPIC_PARTITIONS),
                    (short) cfg.integer(Setting.TOPIC_REPLICATION_FACTOR),
                    cfg.bool(Setting.TOPIC_CREATE),
                    TopicClass.ofSetting(input).topicConfigs(cfg));
        }
        return topic;
    }

    /** How many records the topic holds (end minus start offsets); 0 when it does not exist. */
    public static long recordCount(AppConfig cfg, String topic) {
        try (OffsetsAdmin admin = new OffsetsAdmin(Admin.create(ClientProperties.of(cfg)))) {
            return admin.recordSpan(topic);
        }
    }

    /**
     * When the topic existed with a time retention shorter than the age of {@code oldest} (the
     * oldest record imported): the broker will delete those records.
     */
    public static Optional<String> retentionWarning(AppConfig cfg, String topic, Instant oldest, String records) {
        if (oldest == null) {
            return Optional.empty();
        }
        try (OffsetsAdmin admin = new OffsetsAdmin(Admin.create(ClientProperties.of(cfg)))) {
            String value = admin.topicConfig(topic, TopicConfig.RETENTION_MS_CONFIG);
            long retention = value == null ? -1 : Long.parseLong(value);
            if (retention < 0 || !oldest.isBefore(Instant.now().minusMillis(retention))) {
                return Optional.empty();
            }
            return Optional.of("warning: " + topic + " keeps records for " + Duration.ofMillis(retention)
                    + " (retention.ms="
                    + retention + ") and record timestamps are their own times: the broker will delete the " + records
                    + " of before " + Instant.now().minusMillis(retention) + " (the oldest is " + oldest
                    + "). Set retention.ms=-1 on the topic to keep the archive for replays.");
        }
    }
}
