package dev.mrt.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.testing.Articles;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.topology.errors.DeadLetterReason;
import dev.mrt.topology.errors.DeadLetterRecords;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ten kinds of poison mixed into a valid stream on a real broker: the app keeps running, each goes
 * to the dead-letter topic or is handled as documented (README, "Nothing is lost"), and
 * records in = enriched + deduplicated + dead-lettered.
 */
@Tag("reliability")
class PoisonInputTest {
    private static final int VALID = 50;
    private static final int BIG = 5 * 1024 * 1024;

    @Test
    void everyKindOfPoisonIsAccountedForAndTheAppKeepsRunning() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault()) {
            // The app creates its topics with topic.max.message.bytes (16 MB), so a 5 MB article and
            // its dead letter fit; the test's own producer must allow such a request too.
            try (RunningPipeline p = RunningPipeline.start(kafka, "poison", Map.of());
                    var producer = new KafkaProducer<>(
                            Map.<String, Object>of(
                                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                    kafka.bootstrapServers(),
                                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                                    2 * BIG),
                            new ByteArraySerializer(),
                            new ByteArraySerializer())) {
                String topic = p.topics().articles().name();
                var ser = p.topics().articles().valueSerde().serializer();
                List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
                List<String> validIds = new ArrayList<>();
                for (int i = 0; i < VALID; i++) {
                    Article a = Articles.leaderCallStory("valid-" + i);
                    validIds.add(a.getId());
                    records.add(record(topic, a.getId(), ser.serialize(topic, a)));
                }
                byte[] good = ser.serialize(topic, Articles.leaderCallStory("template"));

                // 1-4: unreadable bytes -> dead letters (deserialization)
                records.add(record(topic, "not-avro", "just some text".getBytes(StandardCharsets.UTF_8)));
                byte[] wrongMagic = good.clone();
                wrongMagic[0] = 1;
                records.add(record(topic, "wrong-magic", wrongMagic));
                byte[] unknownId = good.clone();
                ByteBuffer.wrap(unknownId).put(0, (byte) 0).putInt(1, 987_654);
                records.add(record(topic, "unknown-schema-id", unknownId));
                records.add(record(topic, "truncated", Arrays.copyOf(good, good.length / 2)));
                // 5: tombstone -> dead letter (null_value)
                records.add(record(topic, "tombstone", null));
                // 6: no text at all -> dead letter (empty_body)
                records.add(record(
                        topic,
                        "empty",
                        ser.serialize(topic, Articles.article("empty", "", "", "2021-09-10T08:25:00-04:00"))));
                // 7: a 5 MB article -> enriched (tagging is linear; the output carries evidence, not the text)
                String body = "Treasury yields rose after the leaders spoke. ".repeat(BIG / 46);
                records.add(record(
                        topic,
                        "five-mb",
                        ser.serialize(topic, Articles.article("five-mb", "Big", body, "2021-09-10T08:25:00-04:00"))));
                // 8: invalid UTF-8 inside the Avro string -> enriched, the bad bytes read as U+FFFD
                records.add(record(
                        topic,
                        "bad-utf8",
                        invalidUtf8(ser.serialize(
                                topic,
                                Articles.article(
                                        "bad-utf8",
                                        "Yuan firms",
                                        "Marker XXXX: the yuan firmed.",
                                        "2021-09-10T08:25:00-04:00")))));
                // 9: published in the year 9999 -> dead letter (future_timestamp)
                records.add(record(
                        topic,
                        "year-9999",
                        ser.serialize(
                                topic, Articles.article("year-9999", "Far", "Future text.", "9999-01-01T00:00:00Z"))));
                // 10: a duplicate id -> deduplicated
                records.add(record(topic, "valid-0", ser.serialize(topic, Articles.leaderCallStory("valid-0"))));
                for (var r : records) {
                    producer.send(r).get(30, TimeUnit.SECONDS);
                }
                int in = records.size();

                var enriched = Records.readUntil(
                        kafka.bootstrapServers(),
                        p.topics().enriched(),
                        r -> r.size() >= VALID + 2,
                        Duration.ofSeconds(90));
                var dlq = Records.readRawUntil(
                        kafka.bootstrapServers(), p.topics().deadLetter(), r -> r.size() >= 7, Duration.ofSeconds(60));
                long deduplicated = (long) p.pipelineMetrics().count("mrt.articles.deduplicated");

                Map<String, DeadLetterReason> reasons = new HashMap<>();
                dlq.forEach(r -> reasons.put(
                        new String(r.key(), StandardCharsets.UTF_8), DeadLetterRecords.reason(r.headers())));
                assertThat(reasons)
                        .containsOnly(
                                Map.entry("not-avro", DeadLetterReason.DESERIALIZATION),
                                Map.entry("wrong-magic", DeadLetterReason.DESERIALIZATION),
                                Map.entry("unknown-schema-id", DeadLetterReason.DESERIALIZATION),
                                Map.entry("truncated", DeadLetterReason.DESERIALIZATION),
                                Map.entry("tombstone", DeadLetterReason.NULL_VALUE),
                                Map.entry("empty", DeadLetterReason.EMPTY_BODY),
                                Map.entry("year-9999", DeadLetterReason.FUTURE_TIMESTAMP));
                assertThat(dlq.stream()
                                .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals("truncated"))
                                .findFirst()
                                .orElseThrow()
                                .value())
                        .isEqualTo(Arrays.copyOf(good, good.length / 2));

                List<String> enrichedIds =
                        enriched.stream().map(ConsumerRecord::key).toList();
                assertThat(enrichedIds)
                        .containsAll(validIds)
                        .contains("five-mb", "bad-utf8")
                        .doesNotHaveDuplicates();
                EnrichedArticle badUtf8 = enriched.stream()
                        .filter(r -> r.key().equals("bad-utf8"))
                        .findFirst()
                        .orElseThrow()
                        .value();
                assertThat(badUtf8.getMarketNotes())
                        .extracting(n -> n.getAsset())
                        .contains("USDCNY");
                EnrichedArticle big = enriched.stream()
                        .filter(r -> r.key().equals("five-mb"))
                        .findFirst()
                        .orElseThrow()
                        .value();
                assertThat(big.getMarketNotes()).isNotEmpty();

                assertThat(deduplicated).isEqualTo(1);
                assertThat(enriched.size() + deduplicated + dlq.size()).isEqualTo(in);
                assertThat(p.runner().streams().state()).isEqualTo(KafkaStreams.State.RUNNING);
            }
        }
    }

    private static ProducerRecord<byte[], byte[]> record(String topic, String key, byte[] value) {
        return new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value);
    }

    /** Replaces the bytes of "XXXX" by an invalid UTF-8 sequence of the same length, so the Avro framing stays valid. */
    private static byte[] invalidUtf8(byte[] bytes) {
        byte[] marker = "XXXX".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + marker.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + marker.length, marker, 0, marker.length)) {
                bytes[i] = (byte) 0xC3;
                bytes[i + 1] = (byte) 0x28;
                bytes[i + 2] = (byte) 0xA0;
                bytes[i + 3] = (byte) 0xA1;
                return bytes;
            }
        }
        throw new IllegalStateException("marker not found");
    }
}
