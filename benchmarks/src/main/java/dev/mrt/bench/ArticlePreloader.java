package dev.mrt.bench;

import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import dev.mrt.avro.Article;
import dev.mrt.topology.Topic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Fills the input topic before any timing starts, as the {@code import} command does: key =
 * article id, record timestamp = publication time, in publication order, idempotent producer
 * with {@code acks=all}.
 */
final class ArticlePreloader {

    private ArticlePreloader() {
    }

    /** @return chars of article text (title and body) sent */
    static long load(String bootstrapServers, Topic<String, Article> topic, ArticleGenerator articles, int count) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long bytes = 0;
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.ACKS_CONFIG, "all"),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (int i = 0; i < count; i++) {
                Article a = articles.next();
                bytes += a.getBody().length() + a.getTitle().length();
                producer.send(new ProducerRecord<>(topic.name(), null, a.getPublishedAt().toEpochMilli(), a.getId(), a),
                        (meta, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("pre-loading " + topic.name() + " failed", failure.get());
        }
        return bytes;
    }
}
