package dev.mrt.bench;

import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * Records, for each output record read, the time from its produce stamp to now, in
 * microseconds, if the stamp falls in the measured span (the warm-up is left out).
 */
final class LatencyRecorder {
    private static final long MAX_MICROS = 600_000_000L;

    private final Histogram histogram = new Histogram(MAX_MICROS, 3);
    private volatile long fromMicros = Long.MAX_VALUE;
    private volatile long toMicros = Long.MIN_VALUE;
    private long seen;
    private long recorded;

    /** Sets the span of produce stamps to record; stamps outside it are counted but not recorded. */
    void measure(long fromMicros, long toMicros) {
        this.fromMicros = fromMicros;
        this.toMicros = toMicros;
    }

    synchronized void accept(ConsumerRecords<byte[], byte[]> records) {
        long now = ProduceStamp.nowMicros();
        for (ConsumerRecord<byte[], byte[]> r : records) {
            seen++;
            long stamp = ProduceStamp.read(r.headers());
            if (stamp >= fromMicros && stamp <= toMicros) {
                histogram.recordValue(Math.min(MAX_MICROS, Math.max(0, now - stamp)));
                recorded++;
            }
        }
    }

    synchronized long seen() {
        return seen;
    }

    synchronized long recorded() {
        return recorded;
    }

    synchronized Histogram histogram() {
        return histogram.copy();
    }
}
