package dev.mrt.runtime;

import dev.mrt.avro.Article;
import dev.mrt.avro.MarketNote;
import dev.mrt.topology.Topic;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends articles (or items of the market-notes feed) keyed by id with record timestamp =
 * publication time, idempotently; fails if any send failed.
 */
public final class ArticleSender {

    private ArticleSender() {}

    public static int sendAll(String bootstrapServers, Topic<String, Article> topic, Iterable<Article> articles) {
        return send(bootstrapServers, topic, articles, Article::getId, Article::getPublishedAt);
    }

    public static int sendNotes(String bootstrapServers, Topic<String, MarketNote> topic, Iterable<MarketNote> notes) {
        return send(bootstrapServers, topic, notes, MarketNote::getId, MarketNote::getPublishedAt);
    }

    private static <V> int send(
            String bootstrapServers,
            Topic<String, V> topic,
            Iterable<V> records,
            Function<V, String> id,
            Function<V, Instant> published) {
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
            for (V r : records) {
                sent++;
                producer.send(
                        new ProducerRecord<>(
                                topic.name(), null, published.apply(r).toEpochMilli(), id.apply(r), r),
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
                    "cannot send to " + topic.name() + ": " + failure.get().getMessage(), failure.get());
        }
        return sent;
    }
}
