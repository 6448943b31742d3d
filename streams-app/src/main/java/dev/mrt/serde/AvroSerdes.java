package dev.mrt.serde;

import dev.mrt.serde.registry.CachedSchemaRegistry;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;

/**
 * One call to get a configured serde for a topic, e.g.
 * {@code AvroSerdes.specific(EnrichedArticle.class, false, config)}, where {@code config} holds
 * {@code schema.registry.url} and any other serde settings (the whole application config will do;
 * unrelated keys are ignored).
 */
public final class AvroSerdes {

    private AvroSerdes() {}

    /** A configured serde of a generated class, with its own registry client. */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> specific(
            Class<T> type, boolean isKey, Map<String, ?> config) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type);
        serde.configure(config, isKey);
        return serde;
    }

    /** A configured serde of a generated class using a registry cache shared with other serdes. */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> specific(
            Class<T> type, boolean isKey, AvroSerdeConfig config, CachedSchemaRegistry registry) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(type, registry);
        serde.configure(config, isKey);
        return serde;
    }

    /** A configured GenericRecord serde reading in the writer's schema. */
    public static GenericAvroSerde generic(boolean isKey, Map<String, ?> config) {
        return generic(null, isKey, config);
    }

    /** A configured GenericRecord serde resolving records into {@code readerSchema}. */
    public static GenericAvroSerde generic(Schema readerSchema, boolean isKey, Map<String, ?> config) {
        GenericAvroSerde serde = new GenericAvroSerde(readerSchema, null);
        serde.configure(config, isKey);
        return serde;
    }

    /** A registry client with its caches, as {@code config} describes; share it between serdes to share caches. */
    public static CachedSchemaRegistry newRegistry(AvroSerdeConfig config) {
        return new CachedSchemaRegistry(
                config.registry().open(), config.cacheCapacity(), config.latestCacheTtl(), System::nanoTime);
    }
}
