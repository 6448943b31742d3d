package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Articles;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.topology.errors.DeadLetterReason;
import dev.mrt.topology.errors.DeadLetterRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Unreadable and invalid records on a real broker: dead-lettered with their original bytes while the app goes on. */
@Tag("integration")
class PoisonInputIntegrationTest {
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startDefault();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndGoodRecordsFlow() throws Exception {
        try (RunningPipeline p = RunningPipeline.start(kafka, "poison-it", Map.of())) {
            String articles = p.topics().articles().name();
            byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
            Records.sendRaw(kafka.bootstrapServers(), articles, "garbage".getBytes(StandardCharsets.UTF_8), garbage);
            Records.sendRaw(kafka.bootstrapServers(), articles, "tombstone".getBytes(StandardCharsets.UTF_8), null);
            ArticleSender.sendAll(
                    kafka.bootstrapServers(), p.topics().articles(), List.of(Articles.leaderCallStory("ok-1")));

            var dlq = Records.readRawUntil(
                    kafka.bootstrapServers(), p.topics().deadLetter(), r -> r.size() >= 2, Duration.ofSeconds(60));
            var enriched = Records.readUntil(
                    kafka.bootstrapServers(), p.topics().enriched(), r -> !r.isEmpty(), Duration.ofSeconds(60));

            assertThat(dlq)
                    .extracting(r -> DeadLetterRecords.reason(r.headers()))
                    .containsExactlyInAnyOrder(DeadLetterReason.DESERIALIZATION, DeadLetterReason.NULL_VALUE);
            ConsumerRecord<byte[], byte[]> unreadable = dlq.stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("garbage"))
                    .findFirst()
                    .orElseThrow();
            assertThat(unreadable.value()).isEqualTo(garbage);
            assertThat(DeadLetterRecords.header(unreadable.headers(), DeadLetterRecords.TOPIC_HEADER))
                    .isEqualTo(articles);
            assertThat(enriched).extracting(ConsumerRecord::key).containsExactly("ok-1");
        }
    }
}
