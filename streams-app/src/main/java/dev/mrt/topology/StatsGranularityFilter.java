package dev.mrt.topology;

import dev.mrt.avro.ReactionStats;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Passes to one granularity's aggregation only the reactions its windows still accept, and
 * counts the others as late for it: the aggregation would drop them too, but with a warning
 * logged per record, which a replay turns into gigabytes of log.
 */
final class StatsGranularityFilter implements FixedKeyProcessor<String, ReactionStats, ReactionStats> {
    private final StatsLatenessGate.Granularity granularity;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, ReactionStats> context;

    StatsGranularityFilter(StatsLatenessGate.Granularity granularity, PipelineMetrics metrics) {
        this.granularity = granularity;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ReactionStats> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ReactionStats> record) {
        long streamTime = Math.max(context.currentStreamTimeMs(), record.timestamp());
        if (granularity.isLate(record.timestamp(), streamTime)) {
            metrics.late("stats-" + granularity.name());
            return;
        }
        context.forward(record);
    }
}
