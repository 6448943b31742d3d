package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Provenance;
import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.SchemaText;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Records written with an older or newer compatible schema are read into the reader's schema. */
class SchemaEvolutionTest {

    private static final Schema QUOTE_V1 = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"test","fields":[
              {"name":"symbol","type":"string"},
              {"name":"price","type":"double"}]}""");
    /** V1 plus an optional field. */
    private static final Schema QUOTE_V2 = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"test","fields":[
              {"name":"symbol","type":"string"},
              {"name":"price","type":"double"},
              {"name":"venue","type":["null","string"],"default":null}]}""");

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    private static GenericRecord quote(Schema schema, String venue) {
        GenericRecord record = new GenericData.Record(schema);
        record.put("symbol", "USDCNH");
        record.put("price", 6.4321);
        if (schema.getField("venue") != null) {
            record.put("venue", venue);
        }
        return record;
    }

    @Test
    void v1_writer_v2_reader_fills_the_new_field_with_its_default() {
        GenericAvroSerde writer = AvroSerdes.generic(false, scope.config());
        GenericAvroSerde reader = AvroSerdes.generic(QUOTE_V2, false, scope.config());

        byte[] bytes = writer.serializer().serialize("quotes", quote(QUOTE_V1, null));
        GenericRecord read = reader.deserializer().deserialize("quotes", bytes);

        assertThat(read.getSchema()).isEqualTo(QUOTE_V2);
        assertThat(read.get("symbol")).hasToString("USDCNH");
        assertThat(read.get("price")).isEqualTo(6.4321);
        assertThat(read.get("venue")).isNull();
    }

    @Test
    void v2_writer_v1_reader_drops_the_new_field() {
        GenericAvroSerde writer = AvroSerdes.generic(false, scope.config());
        GenericAvroSerde reader = AvroSerdes.generic(QUOTE_V1, false, scope.config());
        writer.serializer().serialize("quotes", quote(QUOTE_V1, null));

        byte[] bytes = writer.serializer().serialize("quotes", quote(QUOTE_V2, "CFETS"));
        GenericRecord read = reader.deserializer().deserialize("quotes", bytes);

        assertThat(bytes[4]).as("v2 registered as a second schema id").isEqualTo((byte) 2);
        assertThat(read.getSchema()).isEqualTo(QUOTE_V1);
        assertThat(read.get("price")).isEqualTo(6.4321);
        assertThat(read.getSchema().getField("venue")).isNull();
    }

    @Test
    void a_generic_reader_without_reader_schema_sees_each_writer_schema() {
        GenericAvroSerde serde = AvroSerdes.generic(false, scope.config());

        GenericRecord v1 = serde.deserializer()
                .deserialize("quotes", serde.serializer().serialize("quotes", quote(QUOTE_V1, null)));
        GenericRecord v2 = serde.deserializer()
                .deserialize("quotes", serde.serializer().serialize("quotes", quote(QUOTE_V2, "X")));

        assertThat(v1.getSchema()).isEqualTo(QUOTE_V1);
        assertThat(v2.getSchema()).isEqualTo(QUOTE_V2);
        assertThat(v2.get("venue")).hasToString("X");
    }

    /** An older Provenance: without the optional source_partition and source_offset fields. */
    private static final Schema PROVENANCE_OLD = new Schema.Parser().parse("""
            {"type":"record","name":"Provenance","namespace":"dev.mrt.avro","fields":[
              {"name":"mode","type":"string","default":"live"},
              {"name":"replay_id","type":["null","string"],"default":null},
              {"name":"application_id","type":"string"},
              {"name":"source_topic","type":["null","string"],"default":null}]}""");
    /** A newer Provenance: one more optional field, and source_topic moved to the end. */
    private static final Schema PROVENANCE_NEW = new Schema.Parser().parse("""
            {"type":"record","name":"Provenance","namespace":"dev.mrt.avro","fields":[
              {"name":"mode","type":"string","default":"live"},
              {"name":"replay_id","type":["null","string"],"default":null},
              {"name":"application_id","type":"string"},
              {"name":"source_partition","type":["null","int"],"default":null},
              {"name":"source_offset","type":["null","long"],"default":null},
              {"name":"host","type":["null","string"],"default":null},
              {"name":"source_topic","type":["null","string"],"default":null}]}""");

    @Test
    void an_older_writer_is_read_into_the_generated_class() {
        GenericAvroSerde writer = AvroSerdes.generic(false, scope.config());
        SpecificAvroSerde<Provenance> reader = AvroSerdes.specific(Provenance.class, false, scope.config());
        GenericRecord old = new GenericData.Record(PROVENANCE_OLD);
        old.put("mode", "replay");
        old.put("replay_id", "r-7");
        old.put("application_id", "mrt-replay");
        old.put("source_topic", "news.articles.v1");

        Provenance read =
                reader.deserializer().deserialize("prov", writer.serializer().serialize("prov", old));

        assertThat(read.getMode()).isEqualTo("replay");
        assertThat(read.getReplayId()).isEqualTo("r-7");
        assertThat(read.getApplicationId()).isEqualTo("mrt-replay");
        assertThat(read.getSourceTopic()).isEqualTo("news.articles.v1");
        assertThat(read.getSourcePartition()).isNull();
        assertThat(read.getSourceOffset()).isNull();
    }

    @Test
    void a_newer_writer_is_read_into_the_generated_class() {
        SpecificAvroSerde<Provenance> current = AvroSerdes.specific(Provenance.class, false, scope.config());
        current.serializer()
                .serialize(
                        "prov", Provenance.newBuilder().setApplicationId("mrt").build());
        GenericAvroSerde writer = AvroSerdes.generic(false, scope.config());
        GenericRecord newer = new GenericData.Record(PROVENANCE_NEW);
        newer.put("mode", "live");
        newer.put("application_id", "mrt");
        newer.put("source_partition", 3);
        newer.put("source_offset", 99L);
        newer.put("host", "node-2");
        newer.put("source_topic", "news.articles.v1");

        byte[] bytes = writer.serializer().serialize("prov", newer);
        Provenance read = current.deserializer().deserialize("prov", bytes);

        assertThat(scope.registry().latestVersion("prov-value").version()).isEqualTo(2);
        assertThat(read)
                .isEqualTo(Provenance.newBuilder()
                        .setApplicationId("mrt")
                        .setSourcePartition(3)
                        .setSourceOffset(99L)
                        .setSourceTopic("news.articles.v1")
                        .build());
    }

    @Test
    void use_latest_version_writes_with_the_latest_schema_and_its_id() {
        scope.registry().register("quotes-value", SchemaText.avro(QUOTE_V1.toString()), false);
        int latestId = scope.registry().register("quotes-value", SchemaText.avro(QUOTE_V2.toString()), false);
        GenericAvroSerde writer = AvroSerdes.generic(
                false,
                scope.config(
                        SerdeSetting.USE_LATEST_VERSION.key(),
                        "true",
                        SerdeSetting.AUTO_REGISTER_SCHEMAS.key(),
                        "false"));
        GenericAvroSerde reader = AvroSerdes.generic(false, scope.config());

        byte[] bytes = writer.serializer().serialize("quotes", quote(QUOTE_V1, null));
        GenericRecord read = reader.deserializer().deserialize("quotes", bytes);

        assertThat(bytes[4]).isEqualTo((byte) latestId);
        assertThat(read.getSchema()).isEqualTo(QUOTE_V2);
        assertThat(read.get("price")).isEqualTo(6.4321);
        assertThat(read.get("venue")).isNull();
        assertThat(scope.registry().latestVersion("quotes-value").version())
                .as("nothing registered")
                .isEqualTo(2);
    }
}
