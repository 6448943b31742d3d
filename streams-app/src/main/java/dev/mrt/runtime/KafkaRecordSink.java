package dev.mrt.runtime;

import dev.mrt.avro.PriceTick;
import dev.mrt.ingest.RecordSink;
import dev.mrt.topology.Topic;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Sends imported records to their topic with the record's own key and time as record timestamp
 * (so offsets can be found by time, and a replay from a date starts there), idempotent with
 * {@code acks=all} so a retried batch is never stored twice.
 */
public class KafkaRecordSink<T> implements RecordSink<T> {
    private final KafkaProducer<String, T> producer;
    private final String topic;
    private final Function<T, String> key;
    private final ToLongFunction<T> time;

    public KafkaRecordSink(
            Map<String, Object> clientProperties,
            Topic<String, T> target,
            Function<T, String> key,
            ToLongFunction<T> time) {
        Map<String, Object> p = new HashMap<>();
        // Archives are bulk loads: fuller batches cost a few milliseconds of latency nobody waits for.
        p.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        p.putAll(clientProperties);
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(
                p, target.keySerde().serializer(), target.valueSerde().serializer());
        this.topic = target.name();
        this.key = key;
        this.time = time;
    }

    /** Prices: key = instrument (the partition of its reactions), record timestamp = the price's time. */
    public static KafkaRecordSink<PriceTick> prices(Map<String, Object> clientProperties, Topic<String, PriceTick> t) {
        return new KafkaRecordSink<>(
                clientProperties, t, PriceTick::getInstrument, p -> p.getTime().toEpochMilli());
    }

    @Override
    public void send(T record, Consumer<Exception> done) {
        producer.send(
                new ProducerRecord<>(topic, null, time.applyAsLong(record), key.apply(record), record),
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
