package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.config.TopicRetention;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Start-up check of topics that already exist: names each topic and setting ({@code cleanup.policy},
 * {@code retention.ms} read with {@code message.timestamp.type}, {@code retention.bytes}) that would
 * let the broker delete records the pipeline still needs, with the command that fixes it. What is
 * needed is the topic's class retention ({@link TopicClass}). {@code topic.retention.check} says
 * whether findings are logged or stop the start. The app never alters an existing topic itself:
 * its retention may be an administrator's choice.
 */
public final class TopicRetentionCheck {
    private static final Logger LOG = LoggerFactory.getLogger(TopicRetentionCheck.class);
    /** Kafka's own default for {@code retention.ms}, when a broker does not report one. */
    private static final long KAFKA_DEFAULT_RETENTION_MS = Duration.ofDays(7).toMillis();

    /** One setting of one topic that deletes what the pipeline needs. */
    public record Finding(String topic, String setting, String value, String consequence, String fix) {
        @Override
        public String toString() {
            return "topic " + topic + ": " + setting + "=" + value + " " + consequence + ". Fix: kafka-configs.sh"
                    + " --bootstrap-server <broker> --alter --entity-type topics --entity-name " + topic
                    + " --add-config " + fix;
        }
    }

    private TopicRetentionCheck() {}

    /**
     * Checks the existing topics among {@code topics} and logs or throws as {@code topic.retention.check} says.
     *
     * @throws IllegalStateException with every finding when the mode is {@code fail}
     */
    public static List<Finding> run(Admin admin, Map<String, TopicClass> topics, AppConfig config) {
        String mode = config.string(Setting.TOPIC_RETENTION_CHECK);
        if (mode.equals("off")) {
            return List.of();
        }
        List<Finding> findings = check(admin, topics, config, Instant.now());
        if (findings.isEmpty()) {
            return findings;
        }
        if (mode.equals("fail")) {
            throw new IllegalStateException(
                    findings.size() + " topic setting(s) would delete records the pipeline needs"
                            + " (topic.retention.check=fail):\n  "
                            + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  ")));
        }
        findings.forEach(f -> LOG.warn("Retention: {}", f));
        LOG.warn(
                "Retention: {} topic setting(s) above would delete records the pipeline needs; set"
                        + " topic.retention.check=fail to refuse to start instead",
                findings.size());
        return findings;
    }

    /** The findings for the topics that exist; missing topics are not checked. */
    public static List<Finding> check(Admin admin, Map<String, TopicClass> topics, AppConfig config, Instant now) {
        Set<String> existing = AdminCall.get(admin.listTopics().names(), "list topics");
        List<ConfigResource> resources = topics.keySet().stream()
                .filter(existing::contains)
                .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t))
                .toList();
        if (resources.isEmpty()) {
            return List.of();
        }
        Map<ConfigResource, Config> configs =
                AdminCall.get(admin.describeConfigs(resources).all(), "describe the configs of " + names(resources));
        List<Finding> out = new ArrayList<>();
        for (ConfigResource r : resources) {
            TopicClass c = topics.get(r.name());
            out.addAll(evaluate(r.name(), c, c.retention(config), configs.get(r), now));
        }
        return out;
    }

    /** The findings for one topic's effective configs. */
    static List<Finding> evaluate(
            String topic, TopicClass topicClass, TopicRetention needed, Config config, Instant now) {
        List<Finding> out = new ArrayList<>();
        String needs = "; the pipeline needs it (" + topicClass.why() + ") kept " + needed + " ("
                + topicClass.retentionSetting().key() + ")";
        String policy = value(config, TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        if (policy.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
            out.add(new Finding(
                    topic,
                    TopicConfig.CLEANUP_POLICY_CONFIG,
                    policy + " (" + source(config, TopicConfig.CLEANUP_POLICY_CONFIG) + ")",
                    "keeps only the latest record of each key (records sharing a key with a later one are deleted)"
                            + needs,
                    TopicConfig.CLEANUP_POLICY_CONFIG + "=" + TopicConfig.CLEANUP_POLICY_DELETE));
        }
        if (!policy.contains(TopicConfig.CLEANUP_POLICY_DELETE)) {
            return out;
        }
        long retentionMs = longValue(config, TopicConfig.RETENTION_MS_CONFIG, KAFKA_DEFAULT_RETENTION_MS);
        if (!needed.keptBy(retentionMs)) {
            String timestamps = value(config, TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "CreateTime");
            String consequence = timestamps.equals("LogAppendTime")
                    ? "deletes records appended more than " + human(retentionMs) + " ago"
                    : "with message.timestamp.type=" + timestamps + " deletes the records published before "
                            + now.minusMillis(retentionMs).truncatedTo(ChronoUnit.SECONDS)
                            + " (record timestamps are publication times: an archive or a replay of older news is"
                            + " deleted minutes after it is written)";
            out.add(new Finding(
                    topic,
                    TopicConfig.RETENTION_MS_CONFIG,
                    retentionMs + " (" + human(retentionMs) + "; " + source(config, TopicConfig.RETENTION_MS_CONFIG)
                            + ")",
                    consequence + needs,
                    TopicConfig.RETENTION_MS_CONFIG + "=" + needed.retentionMs()));
        }
        long retentionBytes = longValue(config, TopicConfig.RETENTION_BYTES_CONFIG, -1);
        if (retentionBytes >= 0) {
            out.add(new Finding(
                    topic,
                    TopicConfig.RETENTION_BYTES_CONFIG,
                    retentionBytes + " (" + source(config, TopicConfig.RETENTION_BYTES_CONFIG) + ")",
                    "deletes the oldest records of a partition once it holds more than " + retentionBytes + " bytes"
                            + needs,
                    TopicConfig.RETENTION_BYTES_CONFIG + "=-1"));
        }
        return out;
    }

    private static String value(Config config, String name, String fallback) {
        ConfigEntry e = config == null ? null : config.get(name);
        return e == null || e.value() == null ? fallback : e.value();
    }

    private static long longValue(Config config, String name, long fallback) {
        try {
            return Long.parseLong(value(config, name, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Where a value comes from, so the user knows whether the topic or the broker must change. */
    private static String source(Config config, String name) {
        ConfigEntry e = config == null ? null : config.get(name);
        if (e == null) {
            return "Kafka's default";
        }
        return switch (e.source()) {
            case DYNAMIC_TOPIC_CONFIG -> "set on the topic";
            case DEFAULT_CONFIG -> "Kafka's default";
            case UNKNOWN -> "source unknown";
            default -> "the broker's default";
        };
    }

    static String human(long ms) {
        Duration d = Duration.ofMillis(ms);
        if (ms % Duration.ofDays(1).toMillis() == 0) {
            return d.toDays() + (d.toDays() == 1 ? " day" : " days");
        }
        if (ms % Duration.ofHours(1).toMillis() == 0) {
            return d.toHours() + (d.toHours() == 1 ? " hour" : " hours");
        }
        return d.toString();
    }

    private static String names(Collection<ConfigResource> resources) {
        return resources.stream().map(ConfigResource::name).toList().toString();
    }
}
