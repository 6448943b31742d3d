package dev.mrt.compare;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.topology.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a whole enriched topic, committed records only, up to the end offsets taken when it
 * starts. No consumer group: nothing is committed, nothing rebalances.
 */
public final class EnrichedTopicReader {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);

    private EnrichedTopicReader() {}

    public static TopicSnapshot read(Map<String, Object> clientProperties, Topic<String, EnrichedArticle> topic) {
        Map<String, Object> p = new HashMap<>(clientProperties);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.remove(ConsumerConfig.GROUP_ID_CONFIG);
        Map<String, ArticleFindings> latest = new HashMap<>();
        long records = 0;
        try (var consumer = new KafkaConsumer<>(
                p, topic.keySerde().deserializer(), topic.valueSerde().deserializer())) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), METADATA_TIMEOUT);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalArgumentException("topic " + topic.name() + " does not exist");
            }
            List<TopicPartition> partitions = infos.stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, EnrichedArticle> r : consumer.poll(POLL)) {
                    if (r.offset() >= ends.get(new TopicPartition(r.topic(), r.partition()))) {
                        continue;
                    }
                    records++;
                    if (r.value() == null) {
                        latest.remove(r.key());
                    } else {
                        latest.put(r.value().getArticleId(), ArticleFindings.of(r.value()));
                    }
                }
            }
        }
        return new TopicSnapshot(topic.name(), latest, records);
    }
}
