package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.avro.EnrichedArticle;
import org.apache.avro.Schema;
import org.junit.jupiter.api.Test;

class SubjectNameStrategyTest {

    private final Schema schema = EnrichedArticle.getClassSchema();

    @Test
    void subjects_as_confluent_names_them() {
        assertThat(SubjectNameStrategy.TOPIC_NAME.subject("reactions.enriched.v1", false, schema))
                .isEqualTo("reactions.enriched.v1-value");
        assertThat(SubjectNameStrategy.TOPIC_NAME.subject("reactions.enriched.v1", true, schema))
                .isEqualTo("reactions.enriched.v1-key");
        assertThat(SubjectNameStrategy.RECORD_NAME.subject("reactions.enriched.v1", false, schema))
                .isEqualTo("dev.mrt.avro.EnrichedArticle");
        assertThat(SubjectNameStrategy.TOPIC_RECORD_NAME.subject("reactions.enriched.v1", false, schema))
                .isEqualTo("reactions.enriched.v1-dev.mrt.avro.EnrichedArticle");
    }

    @Test
    void parses_simple_confluent_and_constant_names() {
        assertThat(SubjectNameStrategy.parse("TopicNameStrategy")).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
        assertThat(SubjectNameStrategy.parse("io.confluent.kafka.serializers.subject.TopicRecordNameStrategy"))
                .isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
        assertThat(SubjectNameStrategy.parse("RECORD_NAME")).isEqualTo(SubjectNameStrategy.RECORD_NAME);
        assertThat(SubjectNameStrategy.RECORD_NAME.confluentClassName())
                .isEqualTo("io.confluent.kafka.serializers.subject.RecordNameStrategy");
        assertThatThrownBy(() -> SubjectNameStrategy.parse("io.confluent.kafka.serializers.subject.Other"))
                .hasMessageContaining("io.confluent.kafka.serializers.subject.Other");
    }
}
