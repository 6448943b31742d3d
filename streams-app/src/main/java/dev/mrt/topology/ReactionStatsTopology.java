package dev.mrt.topology;

import dev.mrt.avro.ReactionStats;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Hourly and daily counts of reactions per (event type, asset, direction) and per country pair,
 * from the links inside articles ({@code reactions.enriched.v1}) and across feeds
 * ({@code reactions.links.v1}). Kept in named window stores for interactive queries, and
 * emitted to {@code reactions.stats.v1} as updates: the record cache coalesces the changes of a
 * window within a commit interval (100 ms under exactly-once), and the last update of a window
 * is its value. Windows stay open to late reactions while they are retained (grace =
 * retention; {@link StatsLatenessGate}). Output key: {@code <stats key>@<window start ISO>/<size>}.
 */
public final class ReactionStatsTopology {
    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofDays(1);

    private ReactionStatsTopology() {}

    public static void addTo(StreamsBuilder builder, Topics topics, TopologySettings s, PipelineMetrics metrics) {
        Serde<ReactionStats> serde = topics.stats().valueSerde();
        List<StatsLatenessGate.Granularity> granularities = List.of(
                new StatsLatenessGate.Granularity(
                        "hourly", HOUR, StoreNames.STATS_HOURLY, atLeast(s.statsHourlyRetention(), HOUR)),
                new StatsLatenessGate.Granularity(
                        "daily", DAY, StoreNames.STATS_DAILY, atLeast(s.statsDailyRetention(), DAY)));

        KStream<String, ReactionStats> fromArticles = builder.stream(
                        topics.enriched().name(), topics.enriched().consumed("stats"))
                .flatMap(
                        (id, a) -> a == null ? List.of() : ReactionIncrements.of(a),
                        Named.as("stats-increments-from-articles"));
        KStream<String, ReactionStats> fromLinks = builder.stream(
                        topics.links().name(), topics.links().consumed("stats"))
                .flatMap(
                        (id, l) -> l == null ? List.of() : ReactionIncrements.of(l),
                        Named.as("stats-increments-from-links"));

        KStream<String, ReactionStats> increments = fromArticles
                .merge(fromLinks, Named.as("stats-merge"))
                .repartition(Repartitioned.<String, ReactionStats>as("stats-by-key")
                        .withKeySerde(Serdes.String())
                        .withValueSerde(serde))
                .processValues(() -> new StatsLatenessGate(granularities, metrics), Named.as("stats-late-gate"));
        for (StatsLatenessGate.Granularity g : granularities) {
            long sizeMs = g.size().toMillis();
            increments
                    .processValues(
                            () -> new StatsGranularityFilter(g, metrics),
                            Named.as("stats-" + g.name() + "-window-filter"))
                    .groupByKey(Grouped.<String, ReactionStats>as("stats-" + g.name())
                            .withKeySerde(Serdes.String())
                            .withValueSerde(serde))
                    .windowedBy(TimeWindows.ofSizeAndGrace(g.size(), g.retention()))
                    .aggregate(
                            () -> null,
                            (key, inc, acc) -> add(acc, inc),
                            Named.as("stats-" + g.name() + "-aggregate"),
                            Materialized.<String, ReactionStats, WindowStore<Bytes, byte[]>>as(g.store())
                                    .withKeySerde(Serdes.String())
                                    .withValueSerde(serde)
                                    .withRetention(g.retention().plus(g.size()))
                                    .withLoggingEnabled(StoreChangelogs.CONFIG)
                                    .withCachingEnabled())
                    .toStream(Named.as("stats-" + g.name() + "-updates"))
                    .map(
                            (w, v) -> KeyValue.pair(
                                    outputKey(w.key(), w.window().start(), g.size()),
                                    withWindow(v, w.window().start(), sizeMs)),
                            Named.as("stats-" + g.name() + "-keyed"))
                    .to(topics.stats().name(), topics.stats().produced("stats-" + g.name()));
        }
    }

    private static Duration atLeast(Duration d, Duration min) {
        return d.compareTo(min) < 0 ? min : d;
    }

    static ReactionStats add(ReactionStats acc, ReactionStats inc) {
        if (acc == null) {
            return ReactionStats.newBuilder(inc).build();
        }
        return ReactionStats.newBuilder(acc)
                .setCount(acc.getCount() + inc.getCount())
                .setConfidenceSum(acc.getConfidenceSum() + inc.getConfidenceSum())
                .build();
    }

    public static String outputKey(String key, long windowStart, Duration size) {
        return key + "@" + Instant.ofEpochMilli(windowStart) + "/" + size;
    }

    public static ReactionStats withWindow(ReactionStats v, long windowStart, long sizeMs) {
        return ReactionStats.newBuilder(v)
                .setWindowSizeMs(sizeMs)
                .setWindowStart(Instant.ofEpochMilli(windowStart))
                .setWindowEnd(Instant.ofEpochMilli(windowStart + sizeMs))
                .build();
    }
}
