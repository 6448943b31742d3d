package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.ReactionLink;
import dev.mrt.topology.SerdeFactory;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SharedRegistrySerdesTest {

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    @Test
    void serdes_of_a_run_share_one_registry_cache() {
        SharedRegistrySerdes serdes = new SharedRegistrySerdes(scope.config("application.id", "mrt"));
        SerdeFactory factory = serdes::valueSerde;
        Serde<EnrichedArticle> producerSide = factory.valueSerde(EnrichedArticle.class);
        Serde<EnrichedArticle> consumerSide = factory.valueSerde(EnrichedArticle.class);
        Serde<ReactionLink> other = factory.valueSerde(ReactionLink.class);

        byte[] bytes = producerSide.serializer().serialize("reactions.enriched.v1", SampleRecords.enrichedArticle(300));
        EnrichedArticle read = consumerSide.deserializer().deserialize("reactions.enriched.v1", bytes);

        assertThat(read.getArticleId()).isEqualTo("bbg-2021-09-10-biden-xi");
        assertThat(scope.registry().requestCount())
                .as("the consumer side reused the id the producer side got")
                .isEqualTo(1);
        assertThat(other).isInstanceOf(SpecificAvroSerde.class);
        assertThat(serdes.keySerde(EnrichedArticle.class)
                        .serializer()
                        .serialize("t", SampleRecords.enrichedArticle(300)))
                .startsWith(0, 0, 0, 0, 1);
        assertThat(scope.registry().latestVersion("t-key").id()).isEqualTo(1);
    }
}
