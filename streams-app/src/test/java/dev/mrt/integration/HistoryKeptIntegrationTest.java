package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.mrt.avro.Article;
import dev.mrt.config.AppConfig;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.TopicClass;
import dev.mrt.runtime.TopicRetentionCheck;
import dev.mrt.testing.HistoricArticles;
import dev.mrt.testing.Records;
import dev.mrt.testing.RetentionCheckingBroker;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import dev.mrt.testing.TopicOffsets;
import dev.mrt.topology.ReactionLinkTopology;
import dev.mrt.topology.ReactionStatsTopology;
import dev.mrt.topology.RunIdentity;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * History survives a broker with Kafka's default retention: seven days, applied to record
 * timestamps, which here are publication times. The broker checks retention every second from its
 * start, so a topic of 2021 news with the broker's defaults is emptied within seconds (the control
 * below proves it); the topics the app creates keep every record through many such checks.
 */
@Tag("integration")
class HistoryKeptIntegrationTest {
    private static final Instant PUBLISHED_2021 = Instant.parse("2021-03-01T00:00:00Z");
    private static final int ARTICLES = 300;
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = RetentionCheckingBroker.withKafkasDefaultRetention().build();
        kafka.start();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void everyEnrichedRecordOf2021NewsIsStillReadableAfterSeveralRetentionChecks() throws Exception {
        List<Article> archive = HistoricArticles.from(PUBLISHED_2021, Duration.ofMinutes(10), ARTICLES);
        String control = "control.broker-defaults.v1";
        kafka.createTopics(1, control);
        Map<String, String> topics = topicNames("kept");
        try (RunningPipeline app = RunningPipeline.start(kafka, "history-kept", topics)) {
            ArticleSender.sendAll(kafka.bootstrapServers(), app.topics().articles(), archive);
            sendPublishedAt(control, PUBLISHED_2021);
            var enriched = Records.readUntil(
                    kafka.bootstrapServers(),
                    app.topics().enriched(),
                    r -> r.size() >= ARTICLES,
                    Duration.ofSeconds(90));
            assertThat(enriched).hasSize(ARTICLES);

            // The control topic (broker defaults) loses its record: retention checks run and delete old news.
            try (Admin admin = kafka.admin()) {
                await().atMost(Duration.ofSeconds(30)).until(() -> TopicOffsets.earliestTotal(admin, control) > 0);
            }
            Thread.sleep(Duration.ofSeconds(4).toMillis());

            List<ConsumerRecord<String, dev.mrt.avro.EnrichedArticle>> after =
                    Records.readAll(kafka.bootstrapServers(), app.topics().enriched());
            assertThat(after.stream().map(ConsumerRecord::key).collect(Collectors.toSet()))
                    .as("every enriched record after several retention checks")
                    .isEqualTo(archive.stream().map(Article::getId).collect(Collectors.toSet()));
            try (Admin admin = kafka.admin()) {
                for (String topic : app.topics().allNames()) {
                    assertThat(TopicOffsets.earliestTotal(admin, topic))
                            .as("records deleted from %s", topic)
                            .isZero();
                }
                Set<String> changelogs = admin.listTopics().names().get().stream()
                        .filter(t -> t.startsWith("history-kept-") && t.endsWith("-changelog"))
                        .collect(Collectors.toSet());
                assertThat(changelogs).isNotEmpty();
                for (String changelog : changelogs) {
                    assertThat(TopicOffsets.earliestTotal(admin, changelog))
                            .as("records deleted from %s (append time)", changelog)
                            .isZero();
                }
                // Kafka Streams creates its repartition topics without time retention and deletes
                // their records itself once processed and committed.
                Set<String> repartitions = admin.listTopics().names().get().stream()
                        .filter(t -> t.startsWith("history-kept-") && t.endsWith("-repartition"))
                        .collect(Collectors.toSet());
                assertThat(repartitions)
                        .contains(
                                "history-kept-" + ReactionLinkTopology.FROM_ARTICLES + "-repartition",
                                "history-kept-" + ReactionStatsTopology.CHANGES + "-repartition");
                for (String repartition : repartitions) {
                    var resource = new org.apache.kafka.common.config.ConfigResource(
                            org.apache.kafka.common.config.ConfigResource.Type.TOPIC, repartition);
                    assertThat(admin.describeConfigs(List.of(resource))
                                    .all()
                                    .get(30, TimeUnit.SECONDS)
                                    .get(resource)
                                    .get("retention.ms")
                                    .value())
                            .as("retention.ms of %s", repartition)
                            .isEqualTo("-1");
                }
            }
        }
    }

    @Test
    void runNamesEachExistingTopicAndSettingThatWouldDeleteHistoryAndCanRefuseToStart() throws Exception {
        Map<String, String> names = topicNames("existing");
        String enriched = names.get("topic.enriched");
        String dlq = names.get("topic.dlq");
        kafka.createTopics(List.of(
                new NewTopic(enriched, 1, (short) 1),
                new NewTopic(dlq, 1, (short) 1)
                        .configs(Map.of("cleanup.policy", "compact,delete", "retention.bytes", "1000000"))));
        Map<String, String> failing = new HashMap<>(names);
        failing.put("topic.retention.check", "fail");
        AppConfig config = TestConfigs.onBroker(kafka, "history-existing", failing);

        try (Pipeline pipeline = Pipeline.create(config, RunIdentity.live())) {
            assertThatThrownBy(pipeline::ensureTopics)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(
                            "topic " + enriched + ": retention.ms=604800000 (7 days; the broker's default)")
                    .hasMessageContaining("topic " + dlq + ": cleanup.policy=compact,delete (set on the topic)")
                    .hasMessageContaining("topic " + dlq + ": retention.bytes=1000000 (set on the topic)")
                    .hasMessageContaining("topic.retention.check=fail");
        }
        try (Admin admin = kafka.admin()) {
            var findings = TopicRetentionCheck.check(admin, TopicClass.of(config), config, Instant.now());
            assertThat(findings)
                    .extracting(f -> f.topic() + " " + f.setting())
                    .containsExactlyInAnyOrder(
                            enriched + " retention.ms",
                            dlq + " cleanup.policy",
                            dlq + " retention.ms",
                            dlq + " retention.bytes");
        }
    }

    private static Map<String, String> topicNames(String prefix) {
        Map<String, String> s = new HashMap<>();
        for (String t :
                List.of("articles", "market.notes", "prices", "enriched", "links", "stats", "realized", "dlq")) {
            s.put("topic." + t, prefix + "." + t + ".v1");
        }
        return s;
    }

    /** One record stamped with a publication time, as the app's producers stamp theirs. */
    private static void sendPublishedAt(String topic, Instant published) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new ByteArraySerializer(),
                new ByteArraySerializer())) {
            producer.send(
                    new ProducerRecord<>(topic, null, published.toEpochMilli(), "k".getBytes(), "old news".getBytes()));
            producer.flush();
        }
    }
}
