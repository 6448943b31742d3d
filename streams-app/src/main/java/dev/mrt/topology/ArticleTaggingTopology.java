package dev.mrt.topology;

import dev.mrt.tagging.ArticleTagger;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code news.articles.v1} -> tag -> {@code reactions.enriched.v1}, keyed by article id, event
 * time = publication time. A pure builder: no I/O, nothing started.
 */
public final class ArticleTaggingTopology {
    public static final String TAG_PROCESSOR = "tag-article";

    private ArticleTaggingTopology() {
    }

    public static Topology build(Topics topics, ArticleTagger tagger, RunIdentity run) {
        StreamsBuilder builder = new StreamsBuilder();
        addTo(builder, topics, tagger, run);
        return builder.build();
    }

    /** Adds this topology's processors to a builder shared with the other topologies. */
    public static void addTo(StreamsBuilder builder, Topics topics, ArticleTagger tagger, RunIdentity run) {
        builder.stream(topics.articles().name(),
                        topics.articles().consumed().withTimestampExtractor(new PublicationTimeExtractor()))
                .processValues(() -> new TagArticleProcessor(tagger, run), Named.as(TAG_PROCESSOR))
                .to(topics.enriched().name(), topics.enriched().produced());
    }
}
