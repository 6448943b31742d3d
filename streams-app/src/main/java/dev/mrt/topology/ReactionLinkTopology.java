package dev.mrt.topology;

import dev.mrt.avro.LinkSource;
import dev.mrt.avro.LinkSourceState;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * Cross-feed linking: the sources (articles and notes-feed items) arrive on the linking
 * partitions that own their link keys, and {@link ReactionLinker} keeps every note's best
 * {@code link.max.per.record} events of other sources from {@code link.window.after} before to
 * {@code link.window.before} after it, whatever the order of arrival within {@code link.horizon}.
 * The result is the table {@code reactions.links.v2} (key note id, tombstone = no links any
 * more); the changes it makes to the statistics are returned.
 */
public final class ReactionLinkTopology {
    public static final String FROM_ARTICLES = "link-sources-from-articles";
    public static final String FROM_NOTES = "link-sources-from-notes";
    public static final String LINKER = "link-sources";

    private ReactionLinkTopology() {}

    public static KStream<String, StatsDelta> addTo(
            StreamsBuilder builder,
            KStream<String, LinkSource> fromArticles,
            KStream<String, LinkSource> fromNotes,
            Topics topics,
            TopologySettings s,
            RunIdentity run,
            PipelineMetrics metrics) {
        ReactionLinker.LinkSettings linking = s.linking();
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                        Stores.persistentWindowStore(
                                StoreNames.LINK_SOURCES, linking.stored(), java.time.Duration.ofMillis(1), false),
                        Serdes.String(),
                        topics.serde(LinkSourceState.class))
                // A source is written when it arrives and again when its notes' links are
                // emitted: the cache makes that one changelog record per commit.
                .withCachingEnabled()));

        KStream<String, LinkerOutput> linked = toLinking(fromArticles, FROM_ARTICLES, topics, s)
                .merge(toLinking(fromNotes, FROM_NOTES, topics, s), Named.as("link-sources-merge"))
                .process(() -> new ReactionLinker(linking, run, metrics), Named.as(LINKER), StoreNames.LINK_SOURCES);

        linked.filter((k, v) -> v instanceof LinkerOutput.Row, Named.as("link-rows"))
                .mapValues(v -> ((LinkerOutput.Row) v).links(), Named.as("link-row-values"))
                .to(topics.links().name(), topics.links().produced());
        return linked.filter((k, v) -> v instanceof LinkerOutput.StatsChange, Named.as("link-stats-changes"))
                .mapValues(v -> ((LinkerOutput.StatsChange) v).delta(), Named.as("link-stats-change-values"));
    }

    private static KStream<String, LinkSource> toLinking(
            KStream<String, LinkSource> sources, String name, Topics topics, TopologySettings s) {
        return sources.repartition(Repartitioned.<String, LinkSource>as(name)
                .withKeySerde(Serdes.String())
                .withValueSerde(topics.serde(LinkSource.class))
                .withNumberOfPartitions(s.linkPartitions())
                .withStreamPartitioner(LinkSources.partitioner()));
    }
}
