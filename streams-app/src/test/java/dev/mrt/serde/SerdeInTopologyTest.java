package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.serde.registry.SchemaText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The serde inside Kafka Streams: hand-framed bytes in, records out; bad bytes reach the
 * deserialization handler as our exceptions and go to the dead-letter topic with the original bytes.
 */
class SerdeInTopologyTest {

    private static final String IN = "news.articles.v1";
    private static final String OUT = "articles.copied";

    private final MockRegistryScope scope = new MockRegistryScope();

    @AfterEach
    void drop() {
        scope.close();
    }

    private static Article article(String id) {
        return Article.newBuilder()
                .setId(id)
                .setTitle("Biden, Xi hold call")
                .setBody("Markets were broadly optimistic.")
                .setPublishedAt(Instant.parse("2021-09-10T12:25:00Z"))
                .setSource("Bloomberg")
                .build();
    }

    /** Avro binary by Avro itself, framed by hand: none of our serializer's code. */
    private static byte[] handFramed(int schemaId, Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {
            0x00, (byte) (schemaId >>> 24), (byte) (schemaId >>> 16), (byte) (schemaId >>> 8), (byte) schemaId
        });
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(Article.class).write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    @Test
    void good_records_flow_and_bad_ones_are_dead_lettered_with_the_original_bytes() throws IOException {
        int id = scope.registry()
                .register(
                        IN + "-value", SchemaText.avro(Article.getClassSchema().toString()), false);
        SpecificAvroSerde<Article> serde = AvroSerdes.specific(Article.class, false, scope.config());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(IN, Consumed.with(Serdes.String(), serde))
                .mapValues(a -> Article.newBuilder(a)
                        .setTitle(a.getTitle().toUpperCase())
                        .build())
                .to(OUT, Produced.with(Serdes.String(), serde));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, "reactions.dlq.v1");

        byte[] wrongMagic = "{\"id\":\"a2\"}".getBytes(StandardCharsets.UTF_8);
        byte[] unknownId = handFramed(4242, article("a3"));
        byte[] good = handFramed(id, article("a1"));
        byte[] truncated = java.util.Arrays.copyOf(good, 12);
        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), props)) {
            TestInputTopic<String, byte[]> input =
                    driver.createInputTopic(IN, new StringSerializer(), new ByteArraySerializer());
            TestOutputTopic<String, Article> output =
                    driver.createOutputTopic(OUT, new StringDeserializer(), serde.deserializer());
            TestOutputTopic<byte[], byte[]> deadLetters = driver.createOutputTopic(
                    "reactions.dlq.v1", new ByteArrayDeserializer(), new ByteArrayDeserializer());

            input.pipeInput("a1", good);
            input.pipeInput("a2", wrongMagic);
            input.pipeInput("a3", unknownId);
            input.pipeInput("a4", truncated);

            List<TestRecord<String, Article>> copied = output.readRecordsToList();
            List<TestRecord<byte[], byte[]>> dead = deadLetters.readRecordsToList();

            assertThat(copied).hasSize(1);
            assertThat(copied.get(0).getValue().getTitle()).isEqualTo("BIDEN, XI HOLD CALL");
            assertThat(copied.get(0).getValue().getPublishedAt()).isEqualTo(Instant.parse("2021-09-10T12:25:00Z"));
            assertThat(dead).extracting(TestRecord::getValue).containsExactly(wrongMagic, unknownId, truncated);
            assertThat(headersText(dead.get(0)))
                    .contains(WrongMagicByteException.class.getName())
                    .contains("topic 'news.articles.v1' (value)");
            assertThat(headersText(dead.get(1)))
                    .contains(UnknownSchemaException.class.getName())
                    .contains("schema id 4242");
            assertThat(headersText(dead.get(2))).contains(TruncatedPayloadException.class.getName());
        }
    }

    private static String headersText(TestRecord<byte[], byte[]> record) {
        StringBuilder text = new StringBuilder();
        for (Header header : record.headers()) {
            text.append(header.key())
                    .append('=')
                    .append(header.value() == null ? "" : new String(header.value(), StandardCharsets.UTF_8))
                    .append('\n');
        }
        return text.toString();
    }
}
