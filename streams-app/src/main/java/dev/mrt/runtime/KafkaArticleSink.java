package dev.mrt.runtime;

import dev.mrt.avro.Article;
import dev.mrt.ingest.ArticleSink;
import dev.mrt.topology.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends imported articles to the articles topic: key = article id, record timestamp =
 * publication time (so offsets can be found by time, and a replay from a date starts there),
 * idempotent with {@code acks=all} so a retried batch is never stored twice.
 */
public final class KafkaArticleSink implements ArticleSink {
    private final KafkaProducer<String, Article> producer;
    private final String topic;

    public KafkaArticleSink(Map<String, Object> clientProperties, Topic<String, Article> articles) {
        Map<String, Object> p = new HashMap<>();
        // Archives are bulk loads: fuller batches cost a few milliseconds of latency nobody waits for.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.putAll(clientProperties);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(
                p, articles.keySerde().serializer(), articles.valueSerde().serializer());
        this.topic = articles.name();
    }

    @Override
    public void send(Article a, Consumer<Exception> done) {
        producer.send(
                new ProducerRecord<>(topic, null, a.getPublishedAt().toEpochMilli(), a.getId(), a),
                (meta, error) -> done.accept(error));
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
