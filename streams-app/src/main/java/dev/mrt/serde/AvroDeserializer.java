package dev.mrt.serde;

import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.BoundedCache;
import dev.mrt.serde.registry.CachedSchemaRegistry;
import dev.mrt.serde.registry.IncompatibilityDescription;
import dev.mrt.serde.registry.SchemaRegistryException;
import java.io.EOFException;
import java.io.IOException;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Confluent-framed Avro: the payload prefix {@code 0x00 + id}, or the
 * {@code __value_schema_id}/{@code __key_schema_id} header (see {@link ConfluentWireFormat}).
 *
 * <p>The writer schema is fetched from the registry once per id; records written with an older or
 * newer compatible schema are resolved into the reader schema (Avro schema resolution). The
 * resolving reader is cached per writer schema reference; each instance has one reader class, so
 * that is a cache per (writer id, reader class).
 *
 * <p>Thread-safe: Kafka Streams may share one instance between stream threads.
 */
public final class AvroDeserializer<T> implements Deserializer<T> {

    private static final ThreadLocal<BinaryDecoder> DECODER = new ThreadLocal<>();

    private final ReaderSchemaChoice readerChoice;
    private AvroSerdeConfig config;
    private boolean isKey;
    private CachedSchemaRegistry registry;
    private boolean ownsRegistry;
    private BoundedCache<SchemaReference, Reading<T>> readers;

    /** How records of one writer schema are read: the resolving reader, then the list fix-up if any. */
    private record Reading<T>(DatumReader<T> reader, PlainListFields lists) {
        T read(BinaryDecoder decoder) throws IOException {
            T record = reader.read(null, decoder);
            return lists == null ? record : lists.apply(record);
        }
    }

    /** Generic records (or generated classes with {@code specific.avro.reader=true}); configure-by-class-name path. */
    public AvroDeserializer() {
        this(new ReaderSchemaChoice.WriterSchema());
    }

    private AvroDeserializer(ReaderSchemaChoice readerChoice) {
        this.readerChoice = readerChoice;
    }

    /** Reads into a generated class. Configure before use. */
    public static <T extends SpecificRecord> AvroDeserializer<T> specific(Class<T> type) {
        return new AvroDeserializer<>(new ReaderSchemaChoice.SpecificClass(type));
    }

    /** Reads GenericRecords in the writer's schema, or into {@code readerSchema} when not null. Configure before use. */
    public static AvroDeserializer<GenericRecord> generic(Schema readerSchema) {
        return new AvroDeserializer<>(
                readerSchema == null
                        ? new ReaderSchemaChoice.WriterSchema()
                        : new ReaderSchemaChoice.GivenSchema(readerSchema));
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        AvroSerdeConfig parsed = AvroSerdeConfig.from(configs);
        configure(parsed, isKey, AvroSerdes.newRegistry(parsed));
        this.ownsRegistry = true;
    }

    /** Configures with a registry (and caches) shared with other serdes. */
    public AvroDeserializer<T> configure(
            AvroSerdeConfig newConfig, boolean newIsKey, CachedSchemaRegistry newRegistry) {
        this.ownsRegistry = false;
        this.config = newConfig;
        this.isKey = newIsKey;
        this.registry = newRegistry;
        this.readers = new BoundedCache<>(newConfig.cacheCapacity());
        return this;
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        return deserialize(topic, null, data);
    }

    @Override
    public T deserialize(String topic, Headers headers, byte[] data) {
        if (data == null) {
            return null;
        }
        if (registry == null) {
            throw new IllegalStateException(
                    "AvroDeserializer used before configure(): set " + SerdeSetting.SCHEMA_REGISTRY_URL.key());
        }
        // The error context is built only when something fails: this path runs once per record.
        FramedRecord framed = ConfluentWireFormat.read(data, headers, isKey, () -> contextOf(topic, null));
        SchemaReference reference = framed.writerSchema();
        Reading<T> reading = readers.get(reference);
        if (reading == null) {
            reading = readers.put(reference, newReading(topic, reference, contextOf(topic, reference)));
        }
        try {
            BinaryDecoder reusable = DECODER.get();
            BinaryDecoder decoder = DecoderFactory.get()
                    .binaryDecoder(data, framed.avroOffset(), data.length - framed.avroOffset(), reusable);
            if (decoder != reusable) {
                DECODER.set(decoder);
            }
            return reading.read(decoder);
        } catch (IOException | RuntimeException e) {
            throw decodeFailure(topic, reference, e);
        }
    }

    /** Closes the registry client only if this deserializer opened it; a shared one belongs to its owner. */
    @Override
    public void close() {
        if (ownsRegistry) {
            registry.close();
        }
    }

    private Reading<T> newReading(String topic, SchemaReference reference, SerdeErrorContext context) {
        Schema writer = writerSchema(reference, context);
        SerdeErrorContext known = context.withSubject(subjectOf(topic, writer));
        if (readerChoice instanceof ReaderSchemaChoice.SpecificClass specific) {
            return specificReading(specific.type(), writer, known);
        }
        if (readerChoice instanceof ReaderSchemaChoice.GivenSchema given) {
            requireReadable(given.schema(), writer, known);
            return new Reading<>(new GenericDatumReader<>(writer, given.schema(), GenericData.get()), null);
        }
        if (config.specificAvroReader()) {
            Class<?> generated = generatedClassNamed(writer, known);
            if (generated == null || !SpecificRecord.class.isAssignableFrom(generated)) {
                throw new AvroSerdeException(
                        SerdeSetting.SPECIFIC_AVRO_READER.key() + "=true but no generated class " + writer.getFullName()
                                + " is on the classpath",
                        known,
                        null);
            }
            return specificReading(generated.asSubclass(SpecificRecord.class), writer, known);
        }
        return new Reading<>(new GenericDatumReader<>(writer, writer, GenericData.get()), null);
    }

    private Reading<T> specificReading(Class<? extends SpecificRecord> type, Schema writer, SerdeErrorContext context) {
        Schema readerSchema = SpecificData.getForClass(type).getSchema(type);
        requireReadable(readerSchema, writer, context);
        return new Reading<>(
                new SpecificDatumReader<>(writer, readerSchema, GeneratedClassModel.of(type)),
                PlainListFields.forSchema(readerSchema));
    }

    /**
     * The class is named by the registry's schema here, so Avro's class trust check applies: the
     * package must be listed in {@code org.apache.avro.SERIALIZABLE_PACKAGES}.
     */
    private static Class<?> generatedClassNamed(Schema writer, SerdeErrorContext context) {
        try {
            return SpecificData.get().getClass(writer);
        } catch (SecurityException e) {
            throw new AvroSerdeException(
                    SerdeSetting.SPECIFIC_AVRO_READER.key() + "=true: Avro does not trust class "
                            + writer.getFullName() + "; add its package to the system property "
                            + "org.apache.avro.SERIALIZABLE_PACKAGES, or use a SpecificAvroSerde of that class",
                    context,
                    e);
        }
    }

    private static void requireReadable(Schema reader, Schema writer, SerdeErrorContext context) {
        String problems = IncompatibilityDescription.ofReading(reader, writer);
        if (problems != null) {
            throw new IncompatibleSchemaException(
                    "Reader schema " + reader.getFullName() + " cannot read data written with writer schema "
                            + writer.getFullName() + ": " + problems,
                    context,
                    null);
        }
    }

    private Schema writerSchema(SchemaReference reference, SerdeErrorContext context) {
        try {
            if (reference instanceof SchemaReference.ById byId) {
                return registry.schemaById(byId.id());
            }
            return registry.schemaByGuid(((SchemaReference.ByGuid) reference).guid());
        } catch (SchemaRegistryException e) {
            if (e.isNotFound()) {
                throw new UnknownSchemaException(
                        "The record's writer schema is not in the Schema Registry", context, e);
            }
            throw new AvroSerdeException(
                    "Could not fetch the record's writer schema from the Schema Registry", context, e);
        } catch (IllegalArgumentException e) {
            throw new AvroSerdeException("The registry's schema for this record is not usable Avro", context, e);
        }
    }

    private AvroSerdeException decodeFailure(String topic, SchemaReference reference, Exception e) {
        // The writer schema is cached by now: it was needed to build the reader.
        SerdeErrorContext known = contextOf(topic, reference)
                .withSubject(subjectOf(topic, writerSchema(reference, contextOf(topic, reference))));
        if (causedByEndOfInput(e)) {
            return new TruncatedPayloadException(
                    "The Avro data ends before the record announced by the writer schema " + "does", known, e);
        }
        return new AvroSerdeException(
                "The Avro data does not decode with the writer schema (corrupt bytes, or a "
                        + "schema id that does not belong to them)",
                known,
                e);
    }

    private static boolean causedByEndOfInput(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EOFException || t instanceof ArrayIndexOutOfBoundsException) {
                return true;
            }
        }
        return false;
    }

    private String subjectBeforeWriterSchema(String topic) {
        SubjectNameStrategy strategy = config.subjectNameStrategy(isKey);
        if (!strategy.usesRecordName()) {
            return strategy.subject(topic, isKey, null);
        }
        if (readerChoice instanceof ReaderSchemaChoice.SpecificClass specific) {
            return strategy.subject(
                    topic, isKey, SpecificData.getForClass(specific.type()).getSchema(specific.type()));
        }
        return null;
    }

    private String subjectOf(String topic, Schema writer) {
        return config.subjectNameStrategy(isKey).subject(topic, isKey, writer);
    }

    private SerdeErrorContext contextOf(String topic, SchemaReference reference) {
        SerdeErrorContext context = SerdeErrorContext.of(topic, isKey, subjectBeforeWriterSchema(topic));
        if (reference instanceof SchemaReference.ById byId) {
            return context.withSchemaId(byId.id());
        }
        if (reference instanceof SchemaReference.ByGuid byGuid) {
            return context.withSchemaGuid(byGuid.guid());
        }
        return context;
    }
}
