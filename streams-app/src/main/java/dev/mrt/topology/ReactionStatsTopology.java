package dev.mrt.topology;

import dev.mrt.avro.ReactionStatsWindow;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Hourly and daily counts of reactions per (event type, asset, direction) and per country pair.
 *
 * <p>What arrives is not one record per reaction but, from each emission of a linking
 * partition, one change per window it changed: the cells of the reactions inside the articles it
 * received (minus those of the revisions they replace) and of the cross-feed links it added
 * (minus those it retracted). So a revised or re-processed article, or a link a better one
 * displaced, replaces its contribution: counts are exact, and they do not depend on the order of
 * arrival. Everything comes through linking so that the statistics advance with it (a stage
 * running ahead would make the other's changes look old). Each window is one record of all its
 * cells in its store ({@link StatsCells}, compact) and on {@code reactions.stats.v2}, written at
 * most once per emission interval; the last record of a window is its value. See
 * {@link StatsAggregator} for how long windows are kept.
 */
public final class ReactionStatsTopology {
    public static final String CHANGES = "stats-changes";
    public static final String AGGREGATOR = "stats-aggregate";

    private ReactionStatsTopology() {}

    /** @param changes changes to statistics windows, keyed by {@link StatsWindowing#deltaKey(long)} */
    public static void addTo(
            StreamsBuilder builder, KStream<String, StatsDelta> changes, Topics topics, TopologySettings s) {
        String[] stores = s.statistics().stream().map(StatsWindowing::store).toArray(String[]::new);
        for (String store : stores) {
            builder.addStateStore(StoreChangelogs.logged(Stores.keyValueStoreBuilder(
                            Stores.persistentKeyValueStore(store), Serdes.String(), StatsWindowEntry.serde()))
                    // A window changes at every emission of every linking partition, and is marked
                    // sent at the next: the cache makes that one changelog record per commit.
                    .withCachingEnabled());
        }
        changes.repartition(Repartitioned.<String, StatsDelta>as(CHANGES)
                        .withKeySerde(Serdes.String())
                        .withValueSerde(StatsDelta.serde())
                        .withNumberOfPartitions(s.linkPartitions()))
                .process(
                        () -> new StatsAggregator(
                                s.statistics(), s.linkPartitions(), s.linking().kept()),
                        Named.as(AGGREGATOR),
                        stores)
                .to(topics.stats().name(), topics.stats().produced());
    }

    public static ReactionStatsWindow window(StatsCells cells, long windowStart, long sizeMs) {
        return ReactionStatsWindow.newBuilder()
                .setWindowSizeMs(sizeMs)
                .setWindowStart(Instant.ofEpochMilli(windowStart))
                .setWindowEnd(Instant.ofEpochMilli(windowStart + sizeMs))
                .setCells(cells.toStats(windowStart, sizeMs))
                .build();
    }
}
