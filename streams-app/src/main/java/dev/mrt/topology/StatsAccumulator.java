package dev.mrt.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.mrt.avro.ReactionStats;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Adds one reaction to its hourly and daily windows and emits each window's new total.
 *
 * <p>Unlike a DSL windowed aggregation, a window stays open to late reactions for as long as it
 * is retained, not only for a short grace period: cross-feed links legitimately trail the articles
 * they link by up to a day, and during a replay by much more, and a correct count is worth more
 * than an early final one. Each update is emitted at once; the last update of a window is its
 * value. A reaction too old for every window it belongs to goes to the dead-letter topic.
 */
final class StatsAccumulator implements Processor<String, ReactionStats, String, ReactionStats> {

    /** One granularity: window size, its store, and how long its windows stay open. */
    record Granularity(String name, Duration size, String store, Duration retention) {
    }

    private final List<Granularity> granularities;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, ReactionStats> context;
    private WindowStore<String, ReactionStats>[] stores;
    private long streamTime = Long.MIN_VALUE;

    StatsAccumulator(List<Granularity> granularities, PipelineMetrics metrics) {
        this.granularities = granularities;
        this.metrics = metrics;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void init(ProcessorContext<String, ReactionStats> context) {
        this.context = context;
        this.stores = new WindowStore[granularities.size()];
        for (int i = 0; i < stores.length; i++) {
            stores[i] = context.getStateStore(granularities.get(i).store());
        }
    }

    @Override
    public void process(Record<String, ReactionStats> record) {
        if (record.value() == null) {
            return;
        }
        long ts = record.timestamp();
        streamTime = Math.max(streamTime, ts);
        boolean counted = false;
        for (int i = 0; i < stores.length; i++) {
            Granularity g = granularities.get(i);
            long size = g.size().toMillis();
            long start = ts - Math.floorMod(ts, size);
            if (start + size <= streamTime - g.retention().toMillis()) {
                metrics.late("stats-" + g.name());
                continue;
            }
            ReactionStats total = ReactionStatsTopology.add(stores[i].fetch(record.key(), start), record.value());
            stores[i].put(record.key(), total, start);
            ReactionStats windowed = ReactionStatsTopology.withWindow(total, start, size);
            context.forward(record.withKey(ReactionStatsTopology.outputKey(record.key(), start, g.size())).withValue(windowed));
            counted = true;
        }
        if (!counted) {
            throw new DeadLetterException(DeadLetterReason.LATE, "reaction at " + Instant.ofEpochMilli(ts)
                    + " is older than every statistics window still kept (stream time " + Instant.ofEpochMilli(streamTime) + ")");
        }
    }
}
