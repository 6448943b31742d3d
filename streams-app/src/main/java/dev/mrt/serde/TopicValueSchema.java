package dev.mrt.serde;

import dev.mrt.serde.registry.SchemaText;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/** A topic whose values are one generated Avro class. */
public record TopicValueSchema(String topic, Class<? extends SpecificRecord> valueClass) {

    public Schema valueSchema() {
        return SpecificData.getForClass(valueClass).getSchema(valueClass);
    }

    /** The value schema as the registry takes it. */
    public SchemaText valueSchemaText() {
        return SchemaText.avro(valueSchema().toString());
    }

    /** The value subject under the default TopicNameStrategy: {@code <topic>-value}. */
    public String valueSubject() {
        return SubjectNameStrategy.TOPIC_NAME.subject(topic, false, valueSchema());
    }
}
