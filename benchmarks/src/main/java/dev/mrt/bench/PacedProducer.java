package dev.mrt.bench;

import dev.mrt.avro.Article;
import dev.mrt.runtime.RecordSender;
import dev.mrt.topology.Topic;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * Publishes articles on a {@link PaceSchedule}, in order, each stamped with its produce time
 * ({@link ProduceStamp}), with the producer settings of {@code import} (idempotent,
 * {@code acks=all}, client defaults otherwise). The stamp is the scheduled send time, not the
 * moment the send happened: when this thread falls behind (a GC pause, a busy core) the delay
 * counts as latency instead of silently lowering the load (no coordinated omission).
 */
final class PacedProducer {

    private PacedProducer() {}

    /** @return the largest delay of a send behind its schedule, in milliseconds */
    static double run(
            String bootstrapServers, Topic<String, Article> topic, ArticleGenerator articles, PaceSchedule schedule) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long worstLagMicros = 0;
        try (var producer = RecordSender.durableProducer(bootstrapServers, topic)) {
            for (long i = 0; i < schedule.total(); i++) {
                long due = schedule.dueMicros(i);
                Article a = articles.next();
                long wait = due - ProduceStamp.nowMicros();
                if (wait > 0) {
                    LockSupport.parkNanos(wait * 1_000);
                }
                worstLagMicros = Math.max(worstLagMicros, ProduceStamp.nowMicros() - due);
                producer.send(
                        new ProducerRecord<>(
                                topic.name(),
                                null,
                                a.getPublishedAt().toEpochMilli(),
                                a.getId(),
                                a,
                                List.of(new RecordHeader(ProduceStamp.HEADER, ProduceStamp.encode(due)))),
                        (meta, e) -> {
                            if (e != null) {
                                failure.compareAndSet(null, e);
                            }
                        });
            }
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("paced send to " + topic.name() + " failed", failure.get());
        }
        return worstLagMicros / 1e3;
    }
}
