package dev.mrt.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.api.NoteLinksJson;
import dev.mrt.avro.NoteLinks;
import dev.mrt.topology.Topic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Prints the links table as it stands: every committed record of the links topic read, the
 * latest of each note kept (a tombstone removes it), one JSON line per note, by note id.
 */
public final class LinkTablePrinter {

    private LinkTablePrinter() {}

    /** @return the number of notes printed */
    public static int print(String bootstrapServers, Topic<String, NoteLinks> links, PrintStream out)
            throws JsonProcessingException {
        Map<String, NoteLinks> table = new TreeMap<>();
        try (KafkaConsumer<String, NoteLinks> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                        "read_committed",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                links.keySerde().deserializer(),
                links.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(links.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, NoteLinks> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        table.remove(r.key());
                    } else {
                        table.put(r.key(), r.value());
                    }
                }
            }
        }
        ObjectMapper mapper = new ObjectMapper();
        NoteLinksJson json = new NoteLinksJson(mapper);
        for (NoteLinks row : table.values()) {
            out.println(mapper.writeValueAsString(json.toJson(row)));
        }
        out.flush();
        return table.size();
    }
}
