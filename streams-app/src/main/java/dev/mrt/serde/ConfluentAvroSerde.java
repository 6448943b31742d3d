package dev.mrt.serde;

import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.CachedSchemaRegistry;
import java.util.Map;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * What the specific and generic serdes share: a serializer and deserializer over one registry
 * cache, either shared with other serdes (not closed here) or opened at {@link #configure} and
 * closed with the serde.
 */
abstract sealed class ConfluentAvroSerde<T extends org.apache.avro.generic.IndexedRecord> implements Serde<T>
        permits SpecificAvroSerde, GenericAvroSerde {
    private final CachedSchemaRegistry sharedRegistry;
    private AvroSerializer<T> serializer;
    private AvroDeserializer<T> deserializer;
    private CachedSchemaRegistry ownRegistry;

    ConfluentAvroSerde(CachedSchemaRegistry sharedRegistry) {
        this.sharedRegistry = sharedRegistry;
    }

    /** The deserializer of this kind of record, not yet configured. */
    abstract AvroDeserializer<T> newDeserializer();

    /** How to get a configured instance, for the message when one is used bare. */
    abstract String howToBuild();

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
        deserializer = newDeserializer().configure(config, isKey, registry);
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

    @Override
    public void close() {
        if (ownRegistry != null) {
            ownRegistry.close();
        }
    }

    private void requireConfigured() {
        if (serializer == null) {
            throw new IllegalStateException(this + " used before configure(): build it with " + howToBuild()
                    + " or configure it with " + SerdeSetting.SCHEMA_REGISTRY_URL.key());
        }
    }
}
