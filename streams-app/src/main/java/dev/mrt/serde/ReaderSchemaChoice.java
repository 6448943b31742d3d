package dev.mrt.serde;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/** Which schema a deserializer reads records into; the writer schema comes from the registry. */
sealed interface ReaderSchemaChoice {

    /** A generated class: records written with any compatible schema are read into it. */
    record SpecificClass(Class<? extends SpecificRecord> type) implements ReaderSchemaChoice {}

    /** A given reader schema, into GenericRecords. */
    record GivenSchema(Schema schema) implements ReaderSchemaChoice {}

    /**
     * The writer's own schema, into GenericRecords; or, with {@code specific.avro.reader=true}, the
     * generated class named like the writer schema.
     */
    record WriterSchema() implements ReaderSchemaChoice {}
}
