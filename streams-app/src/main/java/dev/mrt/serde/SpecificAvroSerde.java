package dev.mrt.serde;

import dev.mrt.serde.registry.CachedSchemaRegistry;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde of one generated Avro class, e.g. {@code SpecificAvroSerde<EnrichedArticle>}, in Confluent's
 * wire format. Its serializer and deserializer share one registry cache. Build configured ones with
 * {@link AvroSerdes#specific}; a bare instance must be {@link #configure configured} first.
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final Class<T> type;
    private final CachedSchemaRegistry sharedRegistry;
    private AvroSerializer<T> serializer;
    private AvroDeserializer<T> deserializer;
    private CachedSchemaRegistry ownRegistry;

    /** Opens its own registry client at {@link #configure}. */
    public SpecificAvroSerde(Class<T> type) {
        this(type, null);
    }

    /** Uses {@code registry} (shared with other serdes, not closed by this one). */
    public SpecificAvroSerde(Class<T> type, CachedSchemaRegistry registry) {
        this.type = type;
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
        deserializer = AvroDeserializer.specific(type).configure(config, isKey, registry);
    }

    @Override
    public Serializer<T> serializer() {
        requireConfigured();
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        requireConfigured();
        return deserializer;
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public void close() {
        if (ownRegistry != null) {
            ownRegistry.close();
        }
    }

    @Override
    public String toString() {
        return "SpecificAvroSerde<" + type.getSimpleName() + ">";
    }

    private void requireConfigured() {
        if (serializer == null) {
            throw new IllegalStateException(this + " used before configure(): build it with AvroSerdes.specific(...) "
                    + "or configure it with " + AvroSerdeConfig.SCHEMA_REGISTRY_URL);
        }
    }
}
