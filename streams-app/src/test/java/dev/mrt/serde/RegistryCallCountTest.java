package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.FakeRegistryServer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** After the first record of a kind, serializing and deserializing make no registry call. */
class RegistryCallCountTest {

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    @Test
    void zero_mock_registry_calls_per_record_after_warm_up() {
        SpecificAvroSerde<EnrichedArticle> serde = AvroSerdes.specific(EnrichedArticle.class, false, scope.config());
        EnrichedArticle article = SampleRecords.enrichedArticle(2048);
        byte[] warmUp = serde.serializer().serialize("reactions.enriched.v1", article);
        serde.deserializer().deserialize("reactions.enriched.v1", warmUp);
        long afterWarmUp = scope.registry().requestCount();

        for (int i = 0; i < 1_000; i++) {
            byte[] bytes = serde.serializer().serialize("reactions.enriched.v1", article);
            assertThat(serde.deserializer()
                            .deserialize("reactions.enriched.v1", bytes)
                            .getArticleId())
                    .isEqualTo(article.getArticleId());
        }

        assertThat(afterWarmUp).as("warm-up: one registration").isEqualTo(1);
        assertThat(scope.registry().requestCount()).isEqualTo(afterWarmUp);
    }

    @Test
    void a_separate_reader_fetches_the_writer_schema_once() {
        SpecificAvroSerde<EnrichedArticle> producer = AvroSerdes.specific(EnrichedArticle.class, false, scope.config());
        SpecificAvroSerde<EnrichedArticle> consumer = AvroSerdes.specific(EnrichedArticle.class, false, scope.config());
        byte[] bytes = producer.serializer().serialize("reactions.enriched.v1", SampleRecords.enrichedArticle(512));
        long before = scope.registry().requestCount();

        for (int i = 0; i < 1_000; i++) {
            consumer.deserializer().deserialize("reactions.enriched.v1", bytes);
        }

        assertThat(scope.registry().requestCount() - before)
                .as("one GET /schemas/ids")
                .isEqualTo(1);
    }

    @Test
    void zero_http_requests_per_record_after_warm_up() throws Exception {
        try (FakeRegistryServer server = FakeRegistryServer.start()) {
            Map<String, Object> config =
                    Map.of(SerdeSetting.SCHEMA_REGISTRY_URL.key(), server.url().toString());
            SpecificAvroSerde<EnrichedArticle> producer = AvroSerdes.specific(EnrichedArticle.class, false, config);
            SpecificAvroSerde<EnrichedArticle> consumer = AvroSerdes.specific(EnrichedArticle.class, false, config);
            EnrichedArticle article = SampleRecords.enrichedArticle(1024);

            for (int i = 0; i < 200; i++) {
                consumer.deserializer()
                        .deserialize(
                                "reactions.enriched.v1",
                                producer.serializer().serialize("reactions.enriched.v1", article));
            }

            assertThat(server.requests())
                    .extracting(r -> r.method() + " " + r.path())
                    .containsExactly("POST /subjects/reactions.enriched.v1-value/versions", "GET /schemas/ids/1");
        }
    }
}
