package dev.mrt.bench;

import org.apache.kafka.common.Metric;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Records processed so far by all stream threads of a client, from Kafka Streams' own thread
 * metric {@code process-total}. It stops moving when every stage is idle, which the committed
 * offsets only show at the next commit (every 30 s under at-least-once).
 */
final class ProcessedRecords {

    private ProcessedRecords() {}

    static long total(KafkaStreams streams) {
        double sum = 0;
        for (Metric m : streams.metrics().values()) {
            if (m.metricName().group().equals("stream-thread-metrics")
                    && m.metricName().name().equals("process-total")
                    && m.metricValue() instanceof Number n) {
                sum += n.doubleValue();
            }
        }
        return (long) sum;
    }
}
