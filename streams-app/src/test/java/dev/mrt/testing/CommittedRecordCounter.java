package dev.mrt.testing;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Counts the committed records of a topic as they become visible (read_committed, from the
 * start, no consumer group), on a thread of its own: how far a pipeline has got, and when it
 * moves again after a restart.
 */
public final class CommittedRecordCounter implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final AtomicLong count = new AtomicLong();
    private final Thread thread;
    private volatile boolean closing;

    public CommittedRecordCounter(String bootstrap, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> parts = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition()))
                .toList();
        consumer.assign(parts);
        consumer.seekToBeginning(parts);
        thread = new Thread(this::poll, "committed-counter-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (!closing) {
                count.addAndGet(consumer.poll(Duration.ofMillis(100)).count());
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    public long count() {
        return count.get();
    }

    /**
     * Waits until the count has not changed for {@code quiet} (the producer is gone and every
     * committed record read), and returns it.
     */
    public long settled(Duration quiet) throws InterruptedException {
        long last = count.get();
        long stableSince = System.nanoTime();
        while (System.nanoTime() - stableSince < quiet.toNanos()) {
            Thread.sleep(50);
            long now = count.get();
            if (now != last) {
                last = now;
                stableSince = System.nanoTime();
            }
        }
        return last;
    }

    /** Waits until at least {@code target} records are visible; false if the time ran out. */
    public boolean awaitAtLeast(long target, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count.get() < target) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        consumer.wakeup();
        thread.join(10_000);
    }
}
