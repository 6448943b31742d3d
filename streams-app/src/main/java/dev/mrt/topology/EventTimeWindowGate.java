package dev.mrt.topology;

import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Lets through only input records whose event time is inside the run's window. Start offsets
 * found by timestamp are only a fast way in: a record published before the start may sit after
 * it in the log, and nothing stops the log at the end; this gate makes the window exact.
 * Records outside are counted, not dead-lettered: they are not errors, just out of scope.
 *
 * @param <V> value type, passed through unchanged
 */
final class EventTimeWindowGate<V> implements FixedKeyProcessor<String, V, V> {
    private final String input;
    private final EventTimeWindow window;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, V> context;

    EventTimeWindowGate(String input, EventTimeWindow window, PipelineMetrics metrics) {
        this.input = input;
        this.window = window;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, V> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, V> record) {
        if (window.contains(record.timestamp())) {
            context.forward(record);
        } else {
            metrics.outsideWindow(input);
        }
    }
}
