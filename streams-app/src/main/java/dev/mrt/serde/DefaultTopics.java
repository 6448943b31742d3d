package dev.mrt.serde;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStats;
import dev.mrt.avro.TaggedMarketNote;
import java.util.List;

/**
 * The default topic names of DESIGN.md's data contracts and the Avro class of each topic's values:
 * the one place the serde code names topics (the {@code schemas} command registers these).
 * Intended to move into the topology's {@code Topics} registry.
 */
public final class DefaultTopics {

    public static final String ARTICLES = "news.articles.v1";
    public static final String MARKET_NOTES = "market.notes.v1";
    public static final String POLITICAL_EVENTS = "news.political-events.v1";
    public static final String TAGGED_MARKET_NOTES = "market.notes.tagged.v1";
    public static final String ENRICHED = "reactions.enriched.v1";
    public static final String LINKS = "reactions.links.v1";
    public static final String STATS = "reactions.stats.v1";
    /** Raw original bytes, no schema. */
    public static final String DEAD_LETTERS = "reactions.dlq.v1";

    /** Every topic with Avro values, in pipeline order. */
    public static final List<TopicValueSchema> AVRO_VALUES = List.of(
            new TopicValueSchema(ARTICLES, Article.class),
            new TopicValueSchema(MARKET_NOTES, MarketNote.class),
            new TopicValueSchema(POLITICAL_EVENTS, PoliticalEvent.class),
            new TopicValueSchema(TAGGED_MARKET_NOTES, TaggedMarketNote.class),
            new TopicValueSchema(ENRICHED, EnrichedArticle.class),
            new TopicValueSchema(LINKS, ReactionLink.class),
            new TopicValueSchema(STATS, ReactionStats.class));

    private DefaultTopics() {
    }
}
