package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.LinkSource;
import dev.mrt.tagging.ArticleTagger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.articles.v1} -> validate -> deduplicate by article id -> tag -> remember ->
 * {@code reactions.enriched.v1} (keyed by article id, event time = publication time); and, from
 * the same task, what the article brings to cross-feed linking ({@link LinkSources}, one record
 * per linking partition), with what it changes in the statistics by itself
 * ({@link ArticleStatsChanges}, passed on by linking).
 * A replay over a bounded event-time window first drops the articles outside it. A pure
 * builder: no I/O, nothing started.
 */
public final class ArticleTaggingTopology {
    public static final String VALIDATE_PROCESSOR = "validate-article";
    public static final String DEDUP_PROCESSOR = "deduplicate-article";
    public static final String TAG_PROCESSOR = "tag-article";
    public static final String RECORD_PROCESSOR = "remember-article";
    public static final String WINDOW_GATE = "article-event-time-window";

    private ArticleTaggingTopology() {}

    /** What the tagging stage hands to the stages after it. */
    public record Outputs(KStream<String, EnrichedArticle> enriched, KStream<String, LinkSource> linkSources) {}

    /** The tagging stage alone (its link sources go nowhere), for tests. */
    public static Topology build(
            Topics topics, ArticleTagger tagger, RunIdentity run, TopologySettings settings, PipelineMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder, topics, tagger, run, settings, metrics);
        return builder.build();
    }

    /** Adds this topology's processors to a builder shared with the other topologies. */
    public static Outputs addTo(
            StreamsBuilder builder,
            Topics topics,
            ArticleTagger tagger,
            RunIdentity run,
            TopologySettings settings,
            PipelineMetrics metrics) {
        builder.addStateStore(StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(
                        StoreNames.ARTICLE_DEDUP, settings.articleMemory(), settings.articleMemory(), false),
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
        KStream<String, TaggedArticle> tagged = articles.processValues(
                        () -> new ArticleValidator(settings.maxFuture()), Named.as(VALIDATE_PROCESSOR))
                .processValues(
                        () -> new ArticleDeduplicator(StoreNames.ARTICLE_DEDUP, settings.dedupRetention(), metrics),
                        Named.as(DEDUP_PROCESSOR),
                        StoreNames.ARTICLE_DEDUP)
                .processValues(() -> new TagArticleProcessor(tagger, run, metrics), Named.as(TAG_PROCESSOR))
                .processValues(ArticleRecorder::new, Named.as(RECORD_PROCESSOR), StoreNames.ARTICLE_DEDUP);

        KStream<String, EnrichedArticle> enriched =
                tagged.mapValues(TaggedArticle::enriched, Named.as("enriched-article"));
        enriched.to(topics.enriched().name(), topics.enriched().produced());

        LinkSources sources = new LinkSources(settings.linkPartitions());
        KStream<String, LinkSource> linkSources = tagged.flatMap(
                (id, t) -> sources.of(t.enriched(), t.replaces(), ArticleStatsChanges.of(t, settings.statistics())),
                Named.as("article-link-sources"));
        return new Outputs(enriched, linkSources);
    }
}
