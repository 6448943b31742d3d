package dev.mrt.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class IncompatibilityDescriptionTest {

    private final Schema enriched = EnrichedArticle.getClassSchema();

    @Test
    void names_the_fields_along_an_avro_location() {
        assertThat(IncompatibilityDescription.fieldPath(enriched, "/fields/1/type"))
                .isEqualTo("title");
        assertThat(IncompatibilityDescription.fieldPath(enriched, "/fields/6/type/items/fields/8/type/fields/2"))
                .isEqualTo("market_notes[].evidence.text");
        assertThat(IncompatibilityDescription.fieldPath(enriched, "/fields/13/type/1/fields/0"))
                .isEqualTo("provenance.mode");
        assertThat(IncompatibilityDescription.fieldPath(enriched, "/")).isEqualTo("(record)");
    }

    @Test
    void compatible_schemas_have_no_description() {
        assertThat(IncompatibilityDescription.ofReading(enriched, enriched)).isNull();
    }
}
