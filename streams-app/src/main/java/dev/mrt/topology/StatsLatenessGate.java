package dev.mrt.topology;

import dev.mrt.avro.ReactionStats;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Stands before the hourly and daily aggregations. Their windows accept a reaction for as long
 * as they are retained (grace = retention), so a reaction too old for one granularity still
 * counts in the other ({@link StatsGranularityFilter} lets it pass to that one only); a reaction
 * too old for every granularity goes to the dead-letter topic, where the aggregations would drop
 * it without a trace.
 */
final class StatsLatenessGate implements FixedKeyProcessor<String, ReactionStats, ReactionStats> {

    /** One granularity: window size, its store, and how long its windows stay open. */
    record Granularity(String name, Duration size, String store, Duration retention) {
        boolean isLate(long ts, long streamTime) {
            long sizeMs = size.toMillis();
            long start = ts - Math.floorMod(ts, sizeMs);
            return start + sizeMs + retention.toMillis() <= streamTime;
        }
    }

    private final List<Granularity> granularities;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, ReactionStats> context;

    StatsLatenessGate(List<Granularity> granularities, PipelineMetrics metrics) {
        this.granularities = granularities;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ReactionStats> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ReactionStats> record) {
        if (record.value() == null) {
            return;
        }
        long ts = record.timestamp();
        long streamTime = Math.max(context.currentStreamTimeMs(), ts);
        if (granularities.stream().allMatch(g -> g.isLate(ts, streamTime))) {
            granularities.forEach(g -> metrics.late("stats-" + g.name()));
            throw new DeadLetterException(
                    DeadLetterReason.LATE,
                    "reaction at " + Instant.ofEpochMilli(ts)
                            + " is older than every statistics window still kept (stream time "
                            + Instant.ofEpochMilli(streamTime) + ")");
        }
        context.forward(record);
    }
}
