package dev.mrt.topology;

import java.time.Duration;
import java.time.Instant;

import dev.mrt.avro.ReactionStats;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KGroupedStream;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Hourly and daily counts of reactions per (event type, asset, direction) and per country pair,
 * from the links inside articles ({@code reactions.enriched.v1}) and across feeds
 * ({@code reactions.links.v1}). Materialized in named window stores for interactive queries, and
 * emitted to {@code reactions.stats.v1} as updates: every change of a window's count is sent at
 * once (dashboards want live numbers); the last update of a window is its final value. Output
 * key: {@code <stats key>@<window start ISO>/<size>}.
 */
public final class ReactionStatsTopology {
    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofDays(1);

    private ReactionStatsTopology() {
    }

    public static void addTo(StreamsBuilder builder, Topics topics, TopologySettings s, PipelineMetrics metrics) {
        Serde<ReactionStats> serde = topics.stats().valueSerde();
        KStream<String, ReactionStats> fromArticles = builder
                .stream(topics.enriched().name(), topics.enriched().consumed("stats"))
                .flatMap((id, a) -> a == null ? java.util.List.of() : ReactionIncrements.of(a), Named.as("stats-increments-from-articles"));
        KStream<String, ReactionStats> fromLinks = builder
                .stream(topics.links().name(), topics.links().consumed("stats"))
                .flatMap((id, l) -> l == null ? java.util.List.of() : ReactionIncrements.of(l), Named.as("stats-increments-from-links"));

        KGroupedStream<String, ReactionStats> grouped = fromArticles
                .merge(fromLinks, Named.as("stats-merge"))
                .repartition(Repartitioned.<String, ReactionStats>as("stats-by-key").withKeySerde(Serdes.String()).withValueSerde(serde))
                .processValues(() -> new LateRecordGate<>("stats", new StreamTimes(),
                        LateRecordGate.Lateness.tumblingWindow(HOUR, s.statsGrace()), metrics), Named.as("stats-late-gate"))
                .groupByKey(Grouped.<String, ReactionStats>as("stats-grouped").withKeySerde(Serdes.String()).withValueSerde(serde));

        aggregate(grouped, HOUR, s.statsGrace(), s.statsHourlyRetention(), StoreNames.STATS_HOURLY, "hourly", serde)
                .to(topics.stats().name(), topics.stats().produced("hourly"));
        aggregate(grouped, DAY, s.statsGrace(), s.statsDailyRetention(), StoreNames.STATS_DAILY, "daily", serde)
                .to(topics.stats().name(), topics.stats().produced("daily"));
    }

    private static KStream<String, ReactionStats> aggregate(KGroupedStream<String, ReactionStats> grouped, Duration size,
            Duration grace, Duration retention, String store, String name, Serde<ReactionStats> serde) {
        Duration kept = retention.compareTo(size.plus(grace)) < 0 ? size.plus(grace) : retention;
        return grouped.windowedBy(TimeWindows.ofSizeAndGrace(size, grace))
                .aggregate(() -> null, (key, inc, acc) -> add(acc, inc), Named.as("stats-" + name + "-aggregate"),
                        Materialized.<String, ReactionStats, WindowStore<Bytes, byte[]>>as(store)
                                .withKeySerde(Serdes.String()).withValueSerde(serde).withRetention(kept))
                .toStream(Named.as("stats-" + name + "-updates"))
                .map((Windowed<String> w, ReactionStats v) -> KeyValue.pair(outputKey(w, size), withWindow(v, w, size)),
                        Named.as("stats-" + name + "-with-window"));
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

    public static String outputKey(Windowed<String> w, Duration size) {
        return w.key() + "@" + Instant.ofEpochMilli(w.window().start()) + "/" + size;
    }

    public static ReactionStats withWindow(ReactionStats v, Windowed<String> w, Duration size) {
        return ReactionStats.newBuilder(v)
                .setWindowSizeMs(size.toMillis())
                .setWindowStart(Instant.ofEpochMilli(w.window().start()))
                .setWindowEnd(Instant.ofEpochMilli(w.window().end()))
                .build();
    }
}
