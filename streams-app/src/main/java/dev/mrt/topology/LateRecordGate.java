package dev.mrt.topology;

import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stands before a windowed operator, which would drop a record older than its window plus
 * grace without a trace: such a record is counted and sent to the dead-letter topic instead.
 *
 * @param <V> value type, passed through unchanged
 */
final class LateRecordGate<V> implements FixedKeyProcessor<String, V, V> {
    private final String stage;
    private final Lateness lateness;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, V> context;

    LateRecordGate(String stage, Lateness lateness, PipelineMetrics metrics) {
        this.stage = stage;
        this.lateness = lateness;
        this.metrics = metrics;
    }

    /** The operator's own rule for "too late", so the gate drops exactly what it would. */
    @FunctionalInterface
    interface Lateness {
        boolean isLate(long timestamp, long streamTime);

        /** A join side: late once {@code timestamp + span + grace < streamTime}. */
        static Lateness joinSide(Duration span, Duration grace) {
            long allowance = span.toMillis() + grace.toMillis();
            return (ts, now) -> ts + allowance < now;
        }

        /** Tumbling windows: late once the record's window has closed, {@code windowEnd + grace <= streamTime}. */
        static Lateness tumblingWindow(Duration size, Duration grace) {
            long sizeMs = size.toMillis();
            long graceMs = grace.toMillis();
            return (ts, now) -> (ts - Math.floorMod(ts, sizeMs)) + sizeMs + graceMs <= now;
        }
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        // The task's stream time covers both inputs of the join and survives restarts (it is
        // committed with the offsets), the clock the join itself judges lateness by.
        long now = Math.max(context.currentStreamTimeMs(), record.timestamp());
        if (lateness.isLate(record.timestamp(), now)) {
            metrics.late(stage);
            throw new DeadLetterException(
                    DeadLetterReason.LATE,
                    stage + ": record at " + record.timestamp() + " is " + (now - record.timestamp())
                            + " ms behind stream time, past its window's grace period");
        }
        context.forward(record);
    }
}
