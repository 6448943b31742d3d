package dev.mrt.runtime;

import dev.mrt.avro.Article;
import dev.mrt.topology.Topic;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends articles keyed by id with record timestamp = publication time, idempotently; fails if any send failed. */
public final class ArticleSender {

    private ArticleSender() {}

    public static int sendAll(String bootstrapServers, Topic<String, Article> topic, Iterable<Article> articles) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        int sent = 0;
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            for (Article a : articles) {
                sent++;
                producer.send(
                        new ProducerRecord<>(
                                topic.name(), null, a.getPublishedAt().toEpochMilli(), a.getId(), a),
                        (meta, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(
                    "cannot send articles to " + topic.name() + ": "
                            + failure.get().getMessage(),
                    failure.get());
        }
        return sent;
    }
}
