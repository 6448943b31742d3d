package dev.mrt.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @Test
    void startsProducesConsumesAndDeletesItsTemporaryDirectory() throws Exception {
        Path dir;
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault()) {
            dir = kafka.dataDir();
            assertThat(kafka.isRunning()).isTrue();
            assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
            kafka.createTopics(1, "lifecycle");
            produce(kafka, "lifecycle", "k", "v");
            assertThat(consumeValues(kafka, "lifecycle", 1)).containsExactly("v");
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void restartsOnSamePortKeepingData(@TempDir Path tmp) throws Exception {
        Path dataDir = tmp.resolve("broker");
        try (EmbeddedKafka kafka =
                EmbeddedKafka.builder().dataDir(dataDir).keepData(true).build()) {
            kafka.start();
            String address = kafka.bootstrapServers();
            kafka.createTopics(1, "survives");
            produce(kafka, "survives", "k", "before-restart");

            kafka.stop();
            assertThat(kafka.isRunning()).isFalse();
            kafka.start();

            assertThat(kafka.bootstrapServers()).isEqualTo(address);
            produce(kafka, "survives", "k", "after-restart");
            assertThat(consumeValues(kafka, "survives", 2)).containsExactly("before-restart", "after-restart");
        }
        assertThat(Files.exists(dataDir.resolve("logs"))).as("kept data dir").isTrue();
    }

    private static void produce(EmbeddedKafka kafka, String topic, String key, String value) throws Exception {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private static List<String> consumeValues(EmbeddedKafka kafka, String topic, int expected) {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "t-" + System.nanoTime(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            List<String> values = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }
}
