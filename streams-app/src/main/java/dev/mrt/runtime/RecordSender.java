package dev.mrt.runtime;

import dev.mrt.topology.Topic;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Sends records with their own key and time as record timestamp, idempotently; fails if any send failed. */
public final class RecordSender {

    private RecordSender() {}

    /**
     * A producer for {@code topic} that neither loses nor duplicates what it is given: idempotent,
     * acknowledged by all in-sync replicas. The settings of {@code import}; the benchmarks feed with it too.
     */
    public static <T> KafkaProducer<String, T> durableProducer(String bootstrapServers, Topic<String, T> topic) {
        return new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.ACKS_CONFIG,
                        "all"),
                topic.keySerde().serializer(),
                topic.valueSerde().serializer());
    }

    public static <T> int sendAll(
            String bootstrapServers,
            Topic<String, T> topic,
            Iterable<T> records,
            Function<T, String> key,
            ToLongFunction<T> time) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        int sent = 0;
        try (var producer = durableProducer(bootstrapServers, topic)) {
            for (T r : records) {
                sent++;
                producer.send(
                        new ProducerRecord<>(topic.name(), null, time.applyAsLong(r), key.apply(r), r), (meta, e) -> {
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
