package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Evidence;
import dev.mrt.serde.registry.RegisteredSchema;
import dev.mrt.serde.registry.SchemaText;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The bytes on the wire, computed by hand: Avro ints/longs are zig-zag varints (n -> 2n for n >= 0,
 * -n -> 2n-1), strings are a zig-zag varint length then UTF-8 bytes; records are their fields in order.
 */
class ConfluentWireFormatTest {

    private static final Schema TINY = new Schema.Parser().parse("""
            {"type":"record","name":"Tiny","namespace":"test","fields":[
              {"name":"n","type":"int"},{"name":"s","type":"string"}]}""");

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    private static GenericRecord tiny(int n, String s) {
        GenericRecord record = new GenericData.Record(TINY);
        record.put("n", n);
        record.put("s", s);
        return record;
    }

    @Test
    void serializes_a_tiny_generic_record_to_hand_computed_bytes() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        byte[] bytes = serde.serializer().serialize("tiny", tiny(1, "hi"));

        // 0x00 magic | id 1 big-endian | n=1 -> 0x02 | len 2 -> 0x04 | 'h' 'i'
        assertThat(bytes).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x02, 0x04, 0x68, 0x69);
    }

    @Test
    void zigzag_varints_and_utf8_strings() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        byte[] negative = serde.serializer().serialize("tiny", tiny(-3, ""));
        byte[] twoByteVarint = serde.serializer().serialize("tiny", tiny(64, "é"));

        // -3 -> 5; "" -> length 0
        assertThat(negative).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x05, 0x00);
        // 64 -> 128 -> varint 0x80 0x01; "é" is C3 A9 in UTF-8, length 2 -> 0x04
        assertThat(twoByteVarint).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x80, 0x01, 0x04, 0xC3, 0xA9);
    }

    @Test
    void serializes_a_generated_record_to_hand_computed_bytes() {
        // Earlier registrations push the id to 3, so the id bytes are not all zero but one.
        scope.registry().register("x-value", SchemaText.avro("\"string\""), false);
        scope.registry().register("y-value", SchemaText.avro("\"long\""), false);
        SpecificAvroSerde<Evidence> serde = AvroSerdes.specific(Evidence.class, false, scope.config());

        byte[] bytes = serde.serializer().serialize("evidence", new Evidence(1, 3, "ab"));

        // id 3 | start=1 -> 0x02 | end=3 -> 0x06 | text len 2 -> 0x04, 'a' 'b'
        assertThat(bytes).containsExactly(0x00, 0x00, 0x00, 0x00, 0x03, 0x02, 0x06, 0x04, 0x61, 0x62);
    }

    @Test
    void the_schema_id_is_four_bytes_big_endian() {
        byte[] prefix = new byte[5];

        ConfluentWireFormat.writePrefix(prefix, 0, 0x01020304);
        byte[] framed = ConfluentWireFormat.frame(300, new byte[] {0x7F});

        assertThat(prefix).containsExactly(0x00, 0x01, 0x02, 0x03, 0x04);
        assertThat(framed).containsExactly(0x00, 0x00, 0x00, 0x01, 0x2C, 0x7F);
    }

    @Test
    void deserializes_hand_made_bytes() {
        int id = scope.registry().register("tiny-value", SchemaText.avro(TINY.toString()), false);
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        byte[] bytes = {0x00, 0x00, 0x00, 0x00, (byte) id, 0x05, 0x06, 'a', 'b', 'c'};

        GenericRecord record = serde.deserializer().deserialize("tiny", bytes);

        assertThat(record.get("n")).isEqualTo(-3);
        assertThat(record.get("s")).hasToString("abc");
    }

    @Test
    void reads_the_schema_id_from_the_value_header_when_present() {
        int id = scope.registry().register("tiny-value", SchemaText.avro(TINY.toString()), false);
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        RecordHeaders headers = new RecordHeaders();
        headers.add("__value_schema_id", new byte[] {0x00, 0x00, 0x00, 0x00, (byte) id});
        byte[] bareAvro = {0x02, 0x04, 'h', 'i'};

        GenericRecord record = serde.deserializer().deserialize("tiny", headers, bareAvro);

        assertThat(record.get("n")).isEqualTo(1);
        assertThat(record.get("s")).hasToString("hi");
    }

    @Test
    void reads_a_schema_guid_from_the_header() {
        scope.registry().register("tiny-value", SchemaText.avro(TINY.toString()), false);
        RegisteredSchema registered = scope.registry().lookup("tiny-value", SchemaText.avro(TINY.toString()), false);
        UUID guid = registered.guid();
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        RecordHeaders headers = new RecordHeaders();
        byte[] headerValue = ConfluentWireFormat.guidHeaderValue(guid);
        headers.add("__value_schema_id", headerValue);

        GenericRecord record = serde.deserializer().deserialize("tiny", headers, new byte[] {0x04, 0x00});

        assertThat(headerValue).hasSize(17);
        assertThat(headerValue[0]).isEqualTo((byte) 0x01);
        assertThat(record.get("n")).isEqualTo(2);
        assertThat(record.get("s")).hasToString("");
    }

    @Test
    void keys_use_the_key_header_and_ignore_the_value_header() {
        int id = scope.registry().register("tiny-key", SchemaText.avro(TINY.toString()), false);
        GenericAvroSerde keySerde = AvroSerdes.generic(true, scope.config());
        RecordHeaders headers = new RecordHeaders();
        headers.add("__value_schema_id", new byte[] {0x00, 0x00, 0x00, 0x7F, 0x7F});
        headers.add("__key_schema_id", ConfluentWireFormat.idHeaderValue(id));

        GenericRecord key = keySerde.deserializer().deserialize("tiny", headers, new byte[] {0x02, 0x02, 'k'});

        assertThat(key.get("s")).hasToString("k");
    }

    @Test
    void the_header_wins_over_a_payload_prefix_that_is_not_there() {
        // Bare Avro that happens to start with 0x00 (n = 0) must not be taken for a prefix.
        int id = scope.registry().register("tiny-value", SchemaText.avro(TINY.toString()), false);
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());
        RecordHeaders headers = new RecordHeaders();
        headers.add("__value_schema_id", ConfluentWireFormat.idHeaderValue(id));

        GenericRecord record =
                serde.deserializer().deserialize("tiny", headers, new byte[] {0x00, 0x08, 'a', 'b', 'c', 'd'});

        assertThat(record.get("n")).isEqualTo(0);
        assertThat(record.get("s")).hasToString("abcd");
    }

    @Test
    void null_is_a_tombstone_both_ways() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        assertThat(serde.serializer().serialize("tiny", null)).isNull();
        assertThat(serde.deserializer().deserialize("tiny", null)).isNull();
    }

    @Test
    void round_trips_a_generated_record_with_logical_types() {
        SpecificAvroSerde<dev.mrt.avro.EnrichedArticle> serde =
                AvroSerdes.specific(dev.mrt.avro.EnrichedArticle.class, false, scope.config());
        dev.mrt.avro.EnrichedArticle article = SampleRecords.enrichedArticle(2048);

        byte[] bytes = serde.serializer().serialize("reactions.enriched.v1", article);
        dev.mrt.avro.EnrichedArticle back = serde.deserializer().deserialize("reactions.enriched.v1", bytes);

        assertThat(back).isEqualTo(article);
        assertThat(article).isEqualTo(back);
        assertThat(back).hasSameHashCodeAs(article);
        assertThat(back.getPoliticalEvents()).isInstanceOf(java.util.ArrayList.class);
        assertThat(back.getPoliticalEvents().get(0).getActors()).isInstanceOf(java.util.ArrayList.class);
        assertThat(back.getPoliticalEvents().get(0).getEventDate()).isEqualTo(java.time.LocalDate.of(2021, 9, 9));
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(article.getTitle());
    }
}
