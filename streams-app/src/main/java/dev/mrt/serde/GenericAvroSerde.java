package dev.mrt.serde;

import dev.mrt.serde.registry.CachedSchemaRegistry;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of {@link GenericRecord}s in Confluent's wire format. Reads in the writer's schema, or in a
 * given reader schema; with {@code specific.avro.reader=true}, into generated classes (which are
 * GenericRecords too). Has a no-argument constructor so it can be named as Kafka Streams'
 * {@code default.value.serde}.
 */
public final class GenericAvroSerde implements Serde<GenericRecord> {

    private final Schema readerSchema;
    private final CachedSchemaRegistry sharedRegistry;
    private AvroSerializer<GenericRecord> serializer;
    private AvroDeserializer<GenericRecord> deserializer;
    private CachedSchemaRegistry ownRegistry;

    public GenericAvroSerde() {
        this(null, null);
    }

    /**
     * @param readerSchema schema to resolve records into; null = the writer's
     * @param registry     shared registry cache, not closed by this serde; null = open one at configure
     */
    public GenericAvroSerde(Schema readerSchema, CachedSchemaRegistry registry) {
        this.readerSchema = readerSchema;
        this.sharedRegistry = registry;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        configure(AvroSerdeConfig.from(configs), isKey);
    }

    public void configure(AvroSerdeConfig config, boolean isKey) {
        CachedSchemaRegistry registry = sharedRegistry;
        if (registry == null) {
            ownRegistry = AvroSerdes.newRegistry(config);
            registry = ownRegistry;
        }
        serializer = new AvroSerializer<>(config, isKey, registry);
        deserializer = AvroDeserializer.generic(readerSchema).configure(config, isKey, registry);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        requireConfigured();
        return serializer;
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        requireConfigured();
        return deserializer;
    }

    @Override
    public void close() {
        if (ownRegistry != null) {
            ownRegistry.close();
        }
    }

    private void requireConfigured() {
        if (serializer == null) {
            throw new IllegalStateException("GenericAvroSerde used before configure(): build it with "
                    + "AvroSerdes.generic(...) or configure it with " + AvroSerdeConfig.SCHEMA_REGISTRY_URL);
        }
    }
}
