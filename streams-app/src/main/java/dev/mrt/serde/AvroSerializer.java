package dev.mrt.serde;

import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.BoundedCache;
import dev.mrt.serde.registry.CachedSchemaRegistry;
import dev.mrt.serde.registry.IncompatibilityDescription;
import dev.mrt.serde.registry.LatestSchema;
import dev.mrt.serde.registry.SchemaRegistryException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro records (generated {@link SpecificRecord}s or {@code GenericRecord}s) in Confluent's
 * wire format: {@code 0x00}, 4-byte big-endian schema id, Avro binary.
 *
 * <p>The schema id comes from the registry once per (topic, schema); after that a record costs no
 * registry call. With {@code use.latest.version=true} the subject's latest schema is the writer
 * schema (re-checked after {@code latest.cache.ttl.sec}); a record whose own schema differs is
 * converted to it, provided the latest schema can read it.
 *
 * <p>Thread-safe: Kafka Streams may share one instance between stream threads.
 */
public final class AvroSerializer<T extends IndexedRecord> implements Serializer<T> {

    private record TopicSchema(String topic, Schema schema) {}

    /** Everything needed to write records of one schema to one topic. */
    private record Target(
            String subject,
            int schemaId,
            Schema writerSchema,
            DatumWriter<Object> writer,
            DatumReader<Object> converter) {}

    private AvroSerdeConfig config;
    private boolean isKey;
    private CachedSchemaRegistry registry;
    private boolean ownsRegistry;
    private BoundedCache<TopicSchema, Target> targets;

    /** For Kafka's configure-by-class-name path: {@link #configure(Map, boolean)} must follow. */
    public AvroSerializer() {}

    /** A configured serializer that shares {@code registry} (and its caches) with other serdes. */
    public AvroSerializer(AvroSerdeConfig config, boolean isKey, CachedSchemaRegistry registry) {
        configure(config, isKey, registry);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig parsed = AvroSerdeConfig.from(configs);
        configure(parsed, isKey, AvroSerdes.newRegistry(parsed));
        this.ownsRegistry = true;
    }

    private void configure(AvroSerdeConfig newConfig, boolean newIsKey, CachedSchemaRegistry newRegistry) {
        this.config = newConfig;
        this.isKey = newIsKey;
        this.registry = newRegistry;
        this.targets = new BoundedCache<>(newConfig.cacheCapacity());
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException(
                    "AvroSerializer used before configure(): set " + SerdeSetting.SCHEMA_REGISTRY_URL.key());
        }
        Schema schema = record.getSchema();
        Target target = config.useLatestVersion()
                ? latestTarget(topic, schema, record)
                : targets.computeIfAbsent(new TopicSchema(topic, schema), key -> registeredTarget(key, record));
        return encode(topic, record, target);
    }

    /** Closes the registry client only if this serializer opened it; a shared one belongs to its owner. */
    @Override
    public void close() {
        if (ownsRegistry) {
            registry.close();
        }
    }

    private Target registeredTarget(TopicSchema key, T record) {
        String subject = config.subjectNameStrategy(isKey).subject(key.topic(), isKey, key.schema());
        SerdeErrorContext context = SerdeErrorContext.of(key.topic(), isKey, subject);
        int id;
        try {
            id = registry.idFor(subject, key.schema(), config.autoRegisterSchemas(), config.normalizeSchemas());
        } catch (SchemaRegistryException e) {
            throw registryFailure(e, context, key.schema());
        }
        return new Target(subject, id, key.schema(), writerFor(key.schema(), record), null);
    }

    private Target latestTarget(String topic, Schema schema, T record) {
        String subject = config.subjectNameStrategy(isKey).subject(topic, isKey, schema);
        SerdeErrorContext context = SerdeErrorContext.of(topic, isKey, subject);
        LatestSchema latest;
        try {
            latest = registry.latest(subject);
        } catch (SchemaRegistryException e) {
            throw registryFailure(e, context, schema);
        }
        TopicSchema key = new TopicSchema(topic, schema);
        Target cached = targets.get(key);
        if (cached != null && cached.schemaId() == latest.id()) {
            return cached;
        }
        if (cached != null) {
            targets.remove(key);
        }
        Target target;
        if (latest.schema().equals(schema)) {
            target = new Target(subject, latest.id(), schema, writerFor(schema, record), null);
        } else {
            String problems = IncompatibilityDescription.ofReading(latest.schema(), schema);
            if (problems != null) {
                throw new IncompatibleSchemaException(
                        "use.latest.version=true but the latest schema (version "
                                + latest.version() + ") cannot represent this record's schema " + schema.getFullName()
                                + ": "
                                + problems,
                        context.withSchemaId(latest.id()),
                        null);
            }
            target = new Target(
                    subject,
                    latest.id(),
                    latest.schema(),
                    new GenericDatumWriter<>(latest.schema()),
                    new GenericDatumReader<>(schema, latest.schema()));
        }
        return targets.put(key, target);
    }

    private byte[] encode(String topic, T record, Target target) {
        EncodingBuffer buffer = EncodingBuffer.forCurrentThread();
        try {
            Object datum = target.converter() == null ? record : convert(record, target);
            buffer.writeSchemaIdPrefix(target.schemaId());
            BinaryEncoder encoder = buffer.encoder();
            target.writer().write(datum, encoder);
            encoder.flush();
            return buffer.toByteArray();
        } catch (IOException | RuntimeException e) {
            buffer.discardEncoder();
            throw new AvroSerdeException(
                    "Could not encode a " + record.getSchema().getFullName()
                            + " record with its schema (a required field null, or a value of the wrong type?)",
                    SerdeErrorContext.of(topic, isKey, target.subject()).withSchemaId(target.schemaId()),
                    e);
        }
    }

    /** Re-expresses the record in the latest schema: write with its own schema, read with the latest. */
    private Object convert(T record, Target target) throws IOException {
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(own, null);
        writerFor(record.getSchema(), record).write(record, encoder);
        encoder.flush();
        return target.converter().read(null, DecoderFactory.get().binaryDecoder(own.toByteArray(), null));
    }

    /** Generated classes get their own model (see {@link GeneratedClassModel}); generic records the plain one. */
    private static DatumWriter<Object> writerFor(Schema schema, IndexedRecord record) {
        if (record instanceof SpecificRecord specific) {
            return new SpecificDatumWriter<>(schema, GeneratedClassModel.of(specific.getClass()));
        }
        return new GenericDatumWriter<>(schema, GenericData.get());
    }

    private AvroSerdeException registryFailure(SchemaRegistryException e, SerdeErrorContext context, Schema schema) {
        int code = e.errorCode();
        if (code == SchemaRegistryException.INCOMPATIBLE_SCHEMA) {
            return new IncompatibleSchemaException(
                    "Schema Registry refused " + schema.getFullName() + " as a new version of the subject", context, e);
        }
        if (code == SchemaRegistryException.SUBJECT_NOT_FOUND || code == SchemaRegistryException.SCHEMA_NOT_FOUND) {
            String why = config.useLatestVersion()
                    ? "use.latest.version=true but the subject has no version"
                    : "The record's schema " + schema.getFullName() + " is not registered under the subject and "
                            + SerdeSetting.AUTO_REGISTER_SCHEMAS.key() + "=false";
            return new UnknownSchemaException(why, context, e);
        }
        return new AvroSerdeException(
                "Schema Registry call failed while serializing " + schema.getFullName(), context, e);
    }
}
