package dev.mrt.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import dev.mrt.avro.ReactionStats;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Hourly and daily counts of reactions per (event type, asset, direction) and per country pair,
 * from the links inside articles ({@code reactions.enriched.v1}) and across feeds
 * ({@code reactions.links.v1}). Kept in named window stores for interactive queries, and
 * emitted to {@code reactions.stats.v1} as updates: every change of a window's count is sent at
 * once (dashboards want live numbers); the last update of a window is its value. Windows stay
 * open to late reactions while they are retained ({@link StatsAccumulator}). Output key:
 * {@code <stats key>@<window start ISO>/<size>}.
 */
public final class ReactionStatsTopology {
    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofDays(1);

    private ReactionStatsTopology() {
    }

    public static void addTo(StreamsBuilder builder, Topics topics, TopologySettings s, PipelineMetrics metrics) {
        Serde<ReactionStats> serde = topics.stats().valueSerde();
        List<StatsAccumulator.Granularity> granularities = List.of(
                new StatsAccumulator.Granularity("hourly", HOUR, StoreNames.STATS_HOURLY, atLeast(s.statsHourlyRetention(), HOUR)),
                new StatsAccumulator.Granularity("daily", DAY, StoreNames.STATS_DAILY, atLeast(s.statsDailyRetention(), DAY)));
        for (StatsAccumulator.Granularity g : granularities) {
            builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                    Stores.persistentWindowStore(g.store(), g.retention().plus(g.size()), g.size(), false),
                    Serdes.String(), serde)));
        }

        KStream<String, ReactionStats> fromArticles = builder
                .stream(topics.enriched().name(), topics.enriched().consumed("stats"))
                .flatMap((id, a) -> a == null ? List.of() : ReactionIncrements.of(a), Named.as("stats-increments-from-articles"));
        KStream<String, ReactionStats> fromLinks = builder
                .stream(topics.links().name(), topics.links().consumed("stats"))
                .flatMap((id, l) -> l == null ? List.of() : ReactionIncrements.of(l), Named.as("stats-increments-from-links"));

        fromArticles.merge(fromLinks, Named.as("stats-merge"))
                .repartition(Repartitioned.<String, ReactionStats>as("stats-by-key").withKeySerde(Serdes.String()).withValueSerde(serde))
                .process(() -> new StatsAccumulator(granularities, metrics), Named.as("stats-accumulate"),
                        StoreNames.STATS_HOURLY, StoreNames.STATS_DAILY)
                .to(topics.stats().name(), topics.stats().produced());
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
