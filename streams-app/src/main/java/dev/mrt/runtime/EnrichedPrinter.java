package dev.mrt.runtime;

import dev.mrt.api.json.EnrichedArticleJson;
import dev.mrt.api.json.Json;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.topology.Topic;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints every committed record of the enriched topic as one JSON line. Reads without a
 * consumer group (assigns all partitions from the beginning) so it costs no rebalance.
 */
public final class EnrichedPrinter implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichedPrinter.class);

    private final KafkaConsumer<String, EnrichedArticle> consumer;
    private final String topic;
    private final PrintStream out;
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    public EnrichedPrinter(String bootstrapServers, Topic<String, EnrichedArticle> enriched, PrintStream out) {
        this.consumer = new KafkaConsumer<>(
                ReadCommitted.consumerConfig(bootstrapServers),
                enriched.keySerde().deserializer(),
                enriched.valueSerde().deserializer());
        this.topic = enriched.name();
        this.out = out;
    }

    /** Distinct article ids printed so far. */
    public Set<String> seenIds() {
        return Set.copyOf(seen);
    }

    @Override
    public void run() {
        try {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (!closed.get()) {
                for (ConsumerRecord<String, EnrichedArticle> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.value() == null) {
                        continue;
                    }
                    out.println(Json.write(EnrichedArticleJson.toJson(r.value())));
                    out.flush();
                    seen.add(r.key());
                }
            }
        } catch (WakeupException e) {
            if (!closed.get()) {
                throw e;
            }
        } catch (Exception e) {
            if (!closed.get()) {
                LOG.error("Printing enriched records stopped: {}", e.toString());
            }
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    @Override
    public void close() {
        closed.set(true);
        consumer.wakeup();
    }
}
