package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Provenance;
import org.apache.avro.util.ClassSecurityValidator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Reading generated classes needs Avro's class trust; the serde grants it narrowly and keeps it granted. */
class GeneratedClassTrustTest {

    private final MockRegistryScope scope = new MockRegistryScope();
    private final ClassSecurityValidator.ClassSecurityPredicate original = ClassSecurityValidator.getGlobal();

    @AfterEach
    void restore() {
        ClassSecurityValidator.setGlobal(original);
        scope.close();
    }

    @Test
    void trusts_the_generated_classes_of_the_chosen_class_and_nothing_foreign() {
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT);
        SpecificAvroSerde<EnrichedArticle> serde = AvroSerdes.specific(EnrichedArticle.class, false, scope.config());

        serde.deserializer().deserialize("t", serde.serializer().serialize("t", SampleRecords.enrichedArticle(500)));

        assertThat(ClassSecurityValidator.getGlobal().isTrusted(EnrichedArticle.class))
                .isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(EventTag.class)).isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(Provenance.class))
                .isTrue();
        assertThat(ClassSecurityValidator.getGlobal().isTrusted(java.io.File.class))
                .isFalse();
    }

    @Test
    void trust_is_granted_again_after_someone_resets_avros_global_predicate() {
        SpecificAvroSerde<EnrichedArticle> first = AvroSerdes.specific(EnrichedArticle.class, false, scope.config());
        byte[] bytes = first.serializer().serialize("t", SampleRecords.enrichedArticle(500));
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.DEFAULT);

        SpecificAvroSerde<EnrichedArticle> second = AvroSerdes.specific(EnrichedArticle.class, false, scope.config());

        assertThat(second.deserializer().deserialize("t", bytes).getArticleId()).isEqualTo("bbg-2021-09-10-biden-xi");
    }
}
