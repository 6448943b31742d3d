package dev.mrt.serde;

import dev.mrt.serde.registry.CachedSchemaRegistry;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;

/**
 * Serde of {@link GenericRecord}s in Confluent's wire format. Reads in the writer's schema, or in a
 * given reader schema; with {@code specific.avro.reader=true}, into generated classes (which are
 * GenericRecords too). Has a no-argument constructor so it can be named as Kafka Streams'
 * {@code default.value.serde}.
 */
public final class GenericAvroSerde extends ConfluentAvroSerde<GenericRecord> {

    private final Schema readerSchema;

    public GenericAvroSerde() {
        this(null, null);
    }

    /**
     * @param readerSchema schema to resolve records into; null = the writer's
     * @param registry     shared registry cache, not closed by this serde; null = open one at configure
     */
    public GenericAvroSerde(Schema readerSchema, CachedSchemaRegistry registry) {
        super(registry);
        this.readerSchema = readerSchema;
    }

    @Override
    AvroDeserializer<GenericRecord> newDeserializer() {
        return AvroDeserializer.generic(readerSchema);
    }

    @Override
    String howToBuild() {
        return "AvroSerdes.generic(...)";
    }

    @Override
    public String toString() {
        return "GenericAvroSerde";
    }
}
