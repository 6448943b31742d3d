package dev.mrt.runtime;

import dev.mrt.topology.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * A topic read as the table it is, as committed up to its end offsets when read: the latest
 * record of each key, a tombstone removing it. Without a consumer group.
 */
public final class CommittedTable {

    private CommittedTable() {}

    /** @return by key, sorted */
    public static <V> Map<String, V> read(String bootstrapServers, Topic<String, V> topic) {
        Map<String, V> table = new TreeMap<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(
                ReadCommitted.consumerConfig(bootstrapServers),
                topic.keySerde().deserializer(),
                topic.valueSerde().deserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, V> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() >= ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    if (r.value() == null) {
                        table.remove(r.key());
                    } else {
                        table.put(r.key(), r.value());
                    }
                }
            }
        }
        return table;
    }
}
