package dev.mrt.bench;

import dev.mrt.runtime.ReadCommitted;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic from its beginning on its own thread as a downstream consumer would:
 * {@code read_committed}, so under exactly-once a record counts when its transaction commits,
 * and without a consumer group. Values stay bytes: the reader costs the same for every run.
 */
final class CommittedTail implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(20);

    private final Thread thread;
    private volatile boolean stopped;

    private CommittedTail(
            String bootstrapServers,
            String topic,
            int partitions,
            Consumer<ConsumerRecords<byte[], byte[]>> onRecords) {
        Map<String, Object> props = ReadCommitted.consumerConfig(bootstrapServers);
        // Deliver a record as soon as it is readable: latency is measured through this consumer.
        props.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 10);
        this.thread = new Thread(
                () -> {
                    try (var consumer =
                            new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
                        List<TopicPartition> all = java.util.stream.IntStream.range(0, partitions)
                                .mapToObj(p -> new TopicPartition(topic, p))
                                .toList();
                        consumer.assign(all);
                        consumer.seekToBeginning(all);
                        while (!stopped) {
                            ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                            if (!records.isEmpty()) {
                                onRecords.accept(records);
                            }
                        }
                    }
                },
                "bench-tail-" + topic);
        thread.setDaemon(true);
    }

    static CommittedTail start(
            String bootstrapServers,
            String topic,
            int partitions,
            Consumer<ConsumerRecords<byte[], byte[]>> onRecords) {
        CommittedTail tail = new CommittedTail(bootstrapServers, topic, partitions, onRecords);
        tail.thread.start();
        return tail;
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
