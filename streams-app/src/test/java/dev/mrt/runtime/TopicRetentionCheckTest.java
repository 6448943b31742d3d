package dev.mrt.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.config.TopicRetention;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.junit.jupiter.api.Test;

class TopicRetentionCheckTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");
    private static final TopicRetention FOREVER = TopicRetention.forever();

    private static Config config(String... nameValues) {
        ConfigEntry[] entries = new ConfigEntry[nameValues.length / 2];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = new ConfigEntry(nameValues[2 * i], nameValues[2 * i + 1]);
        }
        return new Config(Arrays.asList(entries));
    }

    private static List<TopicRetentionCheck.Finding> evaluate(TopicRetention needed, Config config) {
        return TopicRetentionCheck.evaluate("news.articles.v1", TopicClass.INPUT, needed, config, NOW);
    }

    @Test
    void whatTheAppCreatesPasses() {
        assertThat(evaluate(
                        FOREVER,
                        config(
                                "cleanup.policy", "delete",
                                "retention.ms", "-1",
                                "retention.bytes", "-1",
                                "message.timestamp.type", "CreateTime")))
                .isEmpty();
    }

    @Test
    void kafkasSevenDayDefaultIsNamedWithThePublicationTimesItDeletes() {
        var findings = evaluate(
                FOREVER,
                config(
                        "cleanup.policy", "delete",
                        "retention.ms", "604800000",
                        "retention.bytes", "-1",
                        "message.timestamp.type", "CreateTime"));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.topic()).isEqualTo("news.articles.v1");
            assertThat(f.setting()).isEqualTo("retention.ms");
            assertThat(f.toString())
                    .contains("retention.ms=604800000 (7 days")
                    .contains("published before 2026-11-24T00:00:00Z")
                    .contains("topic.retention.input")
                    .contains("--entity-name news.articles.v1 --add-config retention.ms=-1");
        });
    }

    @Test
    void appendTimeRetentionCountsFromWritingAndPassesWhenLongEnough() {
        Config appendTime = config(
                "cleanup.policy", "delete", "retention.ms", "2592000000", "message.timestamp.type", "LogAppendTime");

        assertThat(evaluate(TopicRetention.of(Duration.ofDays(30)), appendTime)).isEmpty();
        assertThat(evaluate(TopicRetention.of(Duration.ofDays(400)), appendTime))
                .singleElement()
                .satisfies(f -> assertThat(f.consequence()).contains("appended more than 30 days ago"));
    }

    @Test
    void compactionAndASizeLimitAreNamedToo() {
        var findings = evaluate(
                FOREVER,
                config("cleanup.policy", "compact,delete", "retention.ms", "-1", "retention.bytes", "1000000"));

        assertThat(findings)
                .extracting(TopicRetentionCheck.Finding::setting)
                .containsExactly("cleanup.policy", "retention.bytes");
        assertThat(evaluate(
                        FOREVER, config("cleanup.policy", "compact", "retention.ms", "1000", "retention.bytes", "5")))
                .as("a compacted topic has no time or size deletion")
                .extracting(TopicRetentionCheck.Finding::setting)
                .containsExactly("cleanup.policy");
    }
}
