package dev.mrt.serde;

import dev.mrt.serde.registry.CachedSchemaRegistry;
import org.apache.avro.specific.SpecificRecord;

/**
 * Serde of one generated Avro class, e.g. {@code SpecificAvroSerde<EnrichedArticle>}, in Confluent's
 * wire format. Its serializer and deserializer share one registry cache. Build configured ones with
 * {@link AvroSerdes#specific}; a bare instance must be {@link #configure configured} first.
 */
public final class SpecificAvroSerde<T extends SpecificRecord> extends ConfluentAvroSerde<T> {

    private final Class<T> type;

    /** Opens its own registry client at {@link #configure}. */
    public SpecificAvroSerde(Class<T> type) {
        this(type, null);
    }

    /** Uses {@code registry} (shared with other serdes, not closed by this one). */
    public SpecificAvroSerde(Class<T> type, CachedSchemaRegistry registry) {
        super(registry);
        this.type = type;
    }

    @Override
    AvroDeserializer<T> newDeserializer() {
        return AvroDeserializer.specific(type);
    }

    @Override
    String howToBuild() {
        return "AvroSerdes.specific(...)";
    }

    public Class<T> type() {
        return type;
    }

    @Override
    public String toString() {
        return "SpecificAvroSerde<" + type.getSimpleName() + ">";
    }
}
