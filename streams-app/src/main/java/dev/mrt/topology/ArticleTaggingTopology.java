package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.tagging.ArticleTagger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.articles.v1} -> validate -> deduplicate by article id -> tag ->
 * {@code reactions.enriched.v1} (keyed by article id, event time = publication time), and each
 * political event / market note fanned out, keyed by link key, for cross-feed linking. A replay
 * over a bounded event-time window first drops the articles outside it.
 * A pure builder: no I/O, nothing started.
 */
public final class ArticleTaggingTopology {
    public static final String VALIDATE_PROCESSOR = "validate-article";
    public static final String DEDUP_PROCESSOR = "deduplicate-article";
    public static final String TAG_PROCESSOR = "tag-article";
    public static final String WINDOW_GATE = "article-event-time-window";

    private ArticleTaggingTopology() {}

    public static Topology build(
            Topics topics, ArticleTagger tagger, RunIdentity run, TopologySettings settings, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder, topics, tagger, run, settings, metrics);
        return builder.build();
    }

    /** Adds this topology's processors to a builder shared with the other topologies. */
    public static void addTo(
            StreamsBuilder builder,
            Topics topics,
            ArticleTagger tagger,
            RunIdentity run,
            TopologySettings settings,
            PipelineMetrics metrics) {
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(
                        StoreNames.ARTICLE_DEDUP, settings.dedupRetention(), settings.dedupRetention(), false),
                Serdes.String(),
                DedupEntry.serde())));

        KStream<String, Article> articles = builder.stream(
                topics.articles().name(),
                topics.articles().consumed().withTimestampExtractor(new PublicationTimeExtractor()));
        if (run.window().isBounded()) {
            // Before deduplication, so that an article outside the window leaves no trace in its store.
            articles = articles.processValues(
                    () -> new EventTimeWindowGate<>("articles", run.window(), metrics), Named.as(WINDOW_GATE));
        }
        KStream<String, EnrichedArticle> enriched = articles.processValues(
                        () -> new ArticleValidator(settings.maxFuture()), Named.as(VALIDATE_PROCESSOR))
                .processValues(
                        () -> new ArticleDeduplicator(StoreNames.ARTICLE_DEDUP, settings.dedupRetention(), metrics),
                        Named.as(DEDUP_PROCESSOR),
                        StoreNames.ARTICLE_DEDUP)
                .processValues(() -> new TagArticleProcessor(tagger, run, metrics), Named.as(TAG_PROCESSOR));

        enriched.to(topics.enriched().name(), topics.enriched().produced());
        enriched.flatMap((id, a) -> TagFanOut.events(a), Named.as("fan-out-events"))
                .to(topics.politicalEvents().name(), topics.politicalEvents().produced());
        enriched.flatMap((id, a) -> TagFanOut.notes(a), Named.as("fan-out-notes"))
                .to(topics.taggedNotes().name(), topics.taggedNotes().produced("articles"));
    }
}
