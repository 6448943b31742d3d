package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mrt.avro.Article;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.serde.registry.SchemaText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a real (embedded) broker: bytes framed by hand the way Confluent's serializers frame them
 * (prefix form and header form), read through a Kafka Streams topology with our serde, written
 * back in the wire format, and checked byte by byte; a non-Avro record is dead-lettered.
 */
@Tag("integration")
class ConfluentFramingOnBrokerIntegrationTest {

    private static final String IN = "serde-it.articles";
    private static final String OUT = "serde-it.articles.out";
    private static final String DLQ = "serde-it.dlq";

    private static EmbeddedKafka kafka;
    private final MockRegistryScope scope = new MockRegistryScope();

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startDefault();
        kafka.createTopics(1, IN, OUT, DLQ);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @AfterEach
    void drop() {
        scope.close();
    }

    private static Article article(String id, String title) {
        return Article.newBuilder()
                .setId(id)
                .setTitle(title)
                .setBody("Markets were broadly optimistic about the call.")
                .setPublishedAt(Instant.parse("2021-09-10T12:25:00Z"))
                .setPublishedOffsetSeconds(-14400)
                .build();
    }

    private static byte[] avroBinary(Article article) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(Article.class).write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    @Test
    void hand_framed_records_go_through_a_streams_topology(@TempDir Path stateDir) throws Exception {
        int id = scope.registry()
                .register(
                        IN + "-value", SchemaText.avro(Article.getClassSchema().toString()), false);
        byte[] idBytes = {0x00, (byte) (id >>> 24), (byte) (id >>> 16), (byte) (id >>> 8), (byte) id};
        Article prefixed = article("a1", "Biden and Xi hold call");
        Article headed = article("a2", "Treasuries drift lower");
        byte[] notAvro = "{\"id\":\"a3\"}".getBytes(StandardCharsets.UTF_8);

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(IN, "a1", concat(idBytes, avroBinary(prefixed))))
                    .get();
            ProducerRecord<String, byte[]> headerForm = new ProducerRecord<>(IN, "a2", avroBinary(headed));
            headerForm.headers().add("__value_schema_id", idBytes);
            producer.send(headerForm).get();
            producer.send(new ProducerRecord<>(IN, "a3", notAvro)).get();
        }

        SpecificAvroSerde<Article> serde = AvroSerdes.specific(Article.class, false, scope.config());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(IN, Consumed.with(Serdes.String(), serde))
                .mapValues(a -> Article.newBuilder(a).setSource("wire").build())
                .to(OUT, Produced.with(Serdes.String(), serde));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "serde-it-" + System.nanoTime());
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, LogAndContinueExceptionHandler.class);
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, DLQ);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");

        List<ConsumerRecord<String, byte[]>> out;
        List<ConsumerRecord<byte[], byte[]>> dead;
        try (KafkaStreams streams = new KafkaStreams(builder.build(), props)) {
            streams.start();
            out = readAtLeast(OUT, 2, new StringDeserializer());
            dead = readAtLeast(DLQ, 1, new ByteArrayDeserializer());
        }

        assertThat(out).extracting(ConsumerRecord::key).containsExactly("a1", "a2");
        for (ConsumerRecord<String, byte[]> record : out) {
            byte[] bytes = record.value();
            assertThat(Arrays.copyOf(bytes, 5))
                    .as("Confluent prefix with the registered id")
                    .isEqualTo(idBytes);
            Article expected = Article.newBuilder(record.key().equals("a1") ? prefixed : headed)
                    .setSource("wire")
                    .build();
            // Decoded by plain Avro as well, so the check does not rest on our deserializer alone.
            GenericRecord decoded = new GenericDatumReader<GenericRecord>(Article.getClassSchema())
                    .read(null, DecoderFactory.get().binaryDecoder(bytes, 5, bytes.length - 5, null));
            assertThat(decoded.get("id")).hasToString(expected.getId());
            assertThat(decoded.get("title")).hasToString(expected.getTitle());
            assertThat(decoded.get("source")).hasToString("wire");
            assertThat(decoded.get("published_at"))
                    .isEqualTo(expected.getPublishedAt().toEpochMilli());
            assertThat(serde.deserializer().deserialize(OUT, bytes)).isEqualTo(expected);
        }
        assertThat(dead).hasSize(1);
        assertThat(dead.get(0).value()).isEqualTo(notAvro);
        assertThat(new String(
                        dead.get(0)
                                .headers()
                                .lastHeader("__streams.errors.exception")
                                .value(),
                        StandardCharsets.UTF_8))
                .isEqualTo(WrongMagicByteException.class.getName());
    }

    private static <K> List<ConsumerRecord<K, byte[]>> readAtLeast(
            String topic, int count, org.apache.kafka.common.serialization.Deserializer<K> keys) {
        List<ConsumerRecord<K, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<K, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "serde-it-reader-" + System.nanoTime(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed"),
                keys,
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.size() >= count;
            });
        }
        return records;
    }
}
