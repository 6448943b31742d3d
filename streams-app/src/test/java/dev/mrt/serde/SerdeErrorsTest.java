package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mrt.avro.Evidence;
import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.FakeRegistryServer;
import dev.mrt.serde.registry.SchemaText;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every bad input becomes a SerializationException subclass naming topic, subject, schema id and the registry's word. */
class SerdeErrorsTest {

    private static final Schema QUOTE = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"}]}""");
    private static final Schema QUOTE_REQUIRED_PRICE = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"},
             {"name":"price","type":"double"}]}""");

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    private static GenericRecord quote(Schema schema) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("symbol", "USDCNH");
        if (schema.getField("price") != null) {
            record.put("price", 6.43);
        }
        return record;
    }

    @Test
    void wrong_magic_byte() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        WrongMagicByteException error = catchThrowableOfType(
                WrongMagicByteException.class,
                () -> serde.deserializer().deserialize("news.articles.v1", "{\"id\":1}".getBytes()));

        assertThat(error).isInstanceOf(SerializationException.class);
        assertThat(error.magicByte()).isEqualTo('{');
        assertThat(error.getMessage())
                .contains("0x7b")
                .contains("topic 'news.articles.v1' (value)")
                .contains("subject 'news.articles.v1-value'");
    }

    @Test
    void wrong_magic_byte_in_the_schema_id_header() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        RecordHeaders headers = new RecordHeaders();
        headers.add("__value_schema_id", new byte[] {0x02, 0, 0, 0, 1});

        WrongMagicByteException error = catchThrowableOfType(
                WrongMagicByteException.class,
                () -> serde.deserializer().deserialize("quotes", headers, new byte[] {0x02}));

        assertThat(error.getMessage())
                .contains("0x02")
                .contains("__value_schema_id")
                .contains("topic 'quotes'");
    }

    @Test
    void payload_shorter_than_the_prefix() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        TruncatedPayloadException shortPrefix = catchThrowableOfType(
                TruncatedPayloadException.class,
                () -> serde.deserializer().deserialize("quotes", new byte[] {0x00, 0x00, 0x01}));
        TruncatedPayloadException empty = catchThrowableOfType(
                TruncatedPayloadException.class, () -> serde.deserializer().deserialize("quotes", new byte[0]));
        TruncatedPayloadException shortHeader = catchThrowableOfType(TruncatedPayloadException.class, () -> {
            RecordHeaders headers = new RecordHeaders();
            headers.add("__value_schema_id", new byte[] {0x01, 0x00});
            serde.deserializer().deserialize("quotes", headers, new byte[] {0x02});
        });

        assertThat(shortPrefix.getMessage()).contains("3 byte(s)").contains("subject 'quotes-value'");
        assertThat(empty.getMessage()).contains("Empty payload").contains("topic 'quotes'");
        assertThat(shortHeader.getMessage()).contains("GUID needs 17");
    }

    @Test
    void avro_data_cut_short() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        byte[] full = serde.serializer().serialize("quotes", quote(QUOTE));
        byte[] cut = Arrays.copyOf(full, full.length - 3);

        TruncatedPayloadException error = catchThrowableOfType(
                TruncatedPayloadException.class, () -> serde.deserializer().deserialize("quotes", cut));

        assertThat(error.getMessage())
                .contains("ends before")
                .contains("topic 'quotes' (value)")
                .contains("subject 'quotes-value'")
                .contains("schema id 1");
        assertThat(error.context().schemaId()).isEqualTo(1);
    }

    @Test
    void corrupt_avro_data() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        serde.serializer().serialize("quotes", quote(QUOTE));
        // symbol's length varint 0x03 is -2: no string has a negative length.
        byte[] corrupt = {0x00, 0x00, 0x00, 0x00, 0x01, 0x03, 'a'};

        AvroSerdeException error = catchThrowableOfType(
                AvroSerdeException.class, () -> serde.deserializer().deserialize("quotes", corrupt));

        assertThat(error).isNotInstanceOf(TruncatedPayloadException.class);
        assertThat(error.getMessage())
                .contains("does not decode")
                .contains("schema id 1")
                .contains("Length is negative");
    }

    @Test
    void unknown_schema_id() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        UnknownSchemaException error = catchThrowableOfType(
                UnknownSchemaException.class,
                () -> serde.deserializer()
                        .deserialize("quotes", new byte[] {0x00, 0x00, 0x00, 0x03, (byte) 0xE7, 0x02}));

        assertThat(error.registryErrorCode()).isEqualTo(40403);
        assertThat(error.getMessage())
                .contains("schema id 999")
                .contains("topic 'quotes'")
                .contains("subject 'quotes-value'")
                .contains("error_code 40403")
                .contains("Schema 999 not found");
    }

    @Test
    void incompatible_schema_refused_by_the_registry() {
        scope.registry().register("quotes-value", SchemaText.avro(QUOTE.toString()), false);
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        IncompatibleSchemaException error = catchThrowableOfType(
                IncompatibleSchemaException.class,
                () -> serde.serializer().serialize("quotes", quote(QUOTE_REQUIRED_PRICE)));

        assertThat(error.registryErrorCode()).isEqualTo(409);
        assertThat(error.getMessage())
                .contains("topic 'quotes' (value)")
                .contains("subject 'quotes-value'")
                .contains("HTTP 409")
                .contains("incompatible with an earlier schema")
                .contains("price");
    }

    @Test
    void schema_not_registered_and_auto_registration_off() {
        GenericAvroSerde serde =
                AvroSerdes.generic(false, scope.config(SerdeSetting.AUTO_REGISTER_SCHEMAS.key(), false));

        UnknownSchemaException error = catchThrowableOfType(
                UnknownSchemaException.class, () -> serde.serializer().serialize("quotes", quote(QUOTE)));

        assertThat(error.registryErrorCode()).isEqualTo(40401);
        assertThat(error.getMessage())
                .contains("auto.register.schemas=false")
                .contains("subject 'quotes-value'")
                .contains("Subject 'quotes-value' not found.");
    }

    @Test
    void reader_class_cannot_read_the_writer_schema() {
        Schema foreignEvidence = new Schema.Parser().parse("""
                {"type":"record","name":"Evidence","namespace":"dev.mrt.avro","fields":[
                  {"name":"start","type":"string"},{"name":"end","type":"int"},{"name":"text","type":"string"}]}""");
        GenericRecord written = new GenericData.Record(foreignEvidence);
        written.put("start", "zero");
        written.put("end", 3);
        written.put("text", "abc");
        byte[] bytes = AvroSerdes.generic(false, scope.config()).serializer().serialize("evidence", written);
        SpecificAvroSerde<Evidence> serde = AvroSerdes.specific(Evidence.class, false, scope.config());

        IncompatibleSchemaException error = catchThrowableOfType(
                IncompatibleSchemaException.class, () -> serde.deserializer().deserialize("evidence", bytes));

        assertThat(error.getMessage())
                .contains("cannot read")
                .contains("schema id 1")
                .contains("subject 'evidence-value'")
                .contains("TYPE_MISMATCH at field 'start'");
    }

    @Test
    void latest_version_that_cannot_represent_the_record() {
        scope.registry().register("quotes-value", SchemaText.avro(QUOTE_REQUIRED_PRICE.toString()), false);
        GenericAvroSerde serde = AvroSerdes.generic(
                false,
                scope.config(
                        SerdeSetting.USE_LATEST_VERSION.key(), true, SerdeSetting.AUTO_REGISTER_SCHEMAS.key(), false));

        IncompatibleSchemaException error = catchThrowableOfType(
                IncompatibleSchemaException.class, () -> serde.serializer().serialize("quotes", quote(QUOTE)));

        assertThat(error.getMessage())
                .contains("use.latest.version=true")
                .contains("READER_FIELD_MISSING_DEFAULT_VALUE")
                .contains("field 'price'")
                .contains("subject 'quotes-value'")
                .contains("schema id 1");
    }

    @Test
    void record_that_does_not_fit_its_schema() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        GenericRecord missingSymbol = new GenericData.Record(QUOTE);

        AvroSerdeException error = catchThrowableOfType(
                AvroSerdeException.class, () -> serde.serializer().serialize("quotes", missingSymbol));

        assertThat(error.getMessage())
                .contains("Could not encode")
                .contains("test.Quote")
                .contains("subject 'quotes-value'")
                .contains("schema id 1");
    }

    @Test
    void a_record_that_fails_half_way_leaves_nothing_in_front_of_the_next_one() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        GenericRecord noPrice = new GenericData.Record(QUOTE_REQUIRED_PRICE);
        noPrice.put("symbol", "half-written");
        catchThrowableOfType(AvroSerdeException.class, () -> serde.serializer().serialize("quotes", noPrice));

        GenericRecord good = quote(QUOTE_REQUIRED_PRICE);
        byte[] bytes = serde.serializer().serialize("quotes", good);
        assertThat(serde.deserializer().deserialize("quotes", bytes)).isEqualTo(good);
    }

    @Test
    void invalid_schema_and_server_errors_carry_the_registry_answer() throws Exception {
        try (FakeRegistryServer server = FakeRegistryServer.start()) {
            Map<String, Object> config = Map.of(
                    SerdeSetting.SCHEMA_REGISTRY_URL.key(), server.url().toString(), SerdeSetting.MAX_RETRIES.key(), 0);
            server.enqueue(FakeRegistryServer.Canned.status(
                    422, "{\"error_code\":42201,\"message\":\"Invalid schema: unexpected token\"}"));
            server.enqueue(FakeRegistryServer.Canned.status(
                    500, "{\"error_code\":50001,\"message\":\"Error in the backend data store\"}"));
            GenericAvroSerde serde = AvroSerdes.generic(false, config);

            AvroSerdeException invalid = catchThrowableOfType(
                    AvroSerdeException.class, () -> serde.serializer().serialize("quotes", quote(QUOTE)));
            AvroSerdeException serverError = catchThrowableOfType(
                    AvroSerdeException.class, () -> serde.serializer().serialize("quotes", quote(QUOTE)));

            assertThat(invalid.registryErrorCode()).isEqualTo(42201);
            assertThat(invalid.getMessage())
                    .contains("HTTP 422 error_code 42201: Invalid schema: unexpected token")
                    .contains("subject 'quotes-value'");
            assertThat(serverError.registryErrorCode()).isEqualTo(50001);
            assertThat(serverError.getMessage())
                    .contains("Error in the backend data store")
                    .contains("topic 'quotes'");
        }
    }

    @Test
    void record_name_strategies_name_the_subject_once_the_writer_schema_is_known() {
        Map<String, Object> config = scope.config(SerdeSetting.VALUE_SUBJECT_NAME_STRATEGY.key(), "RecordNameStrategy");
        GenericAvroSerde serde = AvroSerdes.generic(false, config);
        byte[] full = serde.serializer().serialize("quotes", quote(QUOTE));

        TruncatedPayloadException error = catchThrowableOfType(
                TruncatedPayloadException.class,
                () -> serde.deserializer().deserialize("quotes", Arrays.copyOf(full, full.length - 1)));

        assertThat(scope.registry().latestVersion("test.Quote").id()).isEqualTo(1);
        assertThat(error.getMessage()).contains("subject 'test.Quote'");
    }

    @Test
    void using_a_serde_before_configuring_it_says_how_to_fix_it() {
        SpecificAvroSerde<Evidence> serde = new SpecificAvroSerde<>(Evidence.class);

        IllegalStateException error = catchThrowableOfType(IllegalStateException.class, serde::serializer);

        assertThat(error.getMessage()).contains("SpecificAvroSerde<Evidence>").contains("AvroSerdes.specific");
    }
}
