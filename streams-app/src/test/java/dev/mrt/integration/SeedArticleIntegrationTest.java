package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The seed story through a real broker: produced as an article, read back enriched. */
@Tag("integration")
class SeedArticleIntegrationTest {
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
    void seedArticleComesBackEnriched() throws Exception {
        Article seed = JsonLinesArticles.readAll(
                        TestConfigs.repoRoot().resolve(Path.of("config", "samples", "articles.jsonl")))
                .get(0);
        try (RunningPipeline pipeline = RunningPipeline.start(kafka, "seed-it", Map.of())) {
            ArticleSender.sendAll(kafka.bootstrapServers(), pipeline.topics().articles(), List.of(seed));

            List<ConsumerRecord<String, EnrichedArticle>> out = Records.readUntil(
                    kafka.bootstrapServers(), pipeline.topics().enriched(), r -> !r.isEmpty(), Duration.ofSeconds(60));

            assertThat(out).hasSize(1);
            ConsumerRecord<String, EnrichedArticle> r = out.get(0);
            assertThat(r.key()).isEqualTo(seed.getId());
            assertThat(r.timestamp()).isEqualTo(seed.getPublishedAt().toEpochMilli());
            assertThat(r.value().getTitle()).isEqualTo(seed.getTitle());
            assertThat(r.value().getEventTime()).isEqualTo(seed.getPublishedAt());
            assertThat(r.value().getProvenance().getApplicationId()).isEqualTo("seed-it");
        }
    }
}
