package dev.mrt.serde;

import dev.mrt.serde.registry.CachedSchemaRegistry;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;

/**
 * The serdes of one application run: every serde shares one registry client and its caches, so a
 * schema fetched for one topic is not fetched again for another. {@code valueSerde} fits the
 * topology's {@code SerdeFactory} as a method reference:
 * {@code new SharedRegistrySerdes(config.serdeConfig())::valueSerde}.
 */
public final class SharedRegistrySerdes implements AutoCloseable {

    private final AvroSerdeConfig config;
    private final CachedSchemaRegistry registry;

    /** @param configs serde settings ({@code schema.registry.url}, ...); unrelated keys are ignored */
    public SharedRegistrySerdes(Map<String, ?> configs) {
        this.config = AvroSerdeConfig.from(configs);
        this.registry = AvroSerdes.newRegistry(config);
    }

    public <T extends SpecificRecord> SpecificAvroSerde<T> valueSerde(Class<T> type) {
        return AvroSerdes.specific(type, false, config, registry);
    }

    public <T extends SpecificRecord> SpecificAvroSerde<T> keySerde(Class<T> type) {
        return AvroSerdes.specific(type, true, config, registry);
    }

    public AvroSerdeConfig config() {
        return config;
    }

    public CachedSchemaRegistry registry() {
        return registry;
    }

    @Override
    public void close() {
        registry.close();
    }

    @Override
    public String toString() {
        return "SharedRegistrySerdes[" + config.registry() + "]";
    }
}
