package dev.mrt.topology;

import dev.mrt.avro.RealizedMove;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Indexes realized moves at their reaction's event time (the record timestamp, tombstones
 * included), beside the reactions, so one time range selects both. Emits nothing.
 */
final class RealizedMoveIndexer implements Processor<String, RealizedMove, Void, Void> {
    private WindowStore<String, RealizedMove> realized;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        realized = context.getStateStore(StoreNames.DASHBOARD_REALIZED);
    }

    @Override
    public void process(Record<String, RealizedMove> record) {
        if (record.key() == null) {
            return;
        }
        long time = record.value() == null
                ? record.timestamp()
                : record.value().getEventTime().toEpochMilli();
        realized.put(record.key(), record.value(), time);
    }
}
