package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Indexes an enriched article for the API: the article, each of its political events, and each
 * link inside it as a reaction, all at the article's event time. A revision replaces what the
 * previous revision indexed, so an event or link the new text no longer has disappears too.
 * Emits nothing.
 */
final class ArticleViewIndexer implements Processor<String, EnrichedArticle, Void, Void> {
    private WindowStore<String, EnrichedArticle> articles;
    private WindowStore<String, PoliticalEvent> events;
    private WindowStore<String, ReactionLink> reactions;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        articles = context.getStateStore(StoreNames.DASHBOARD_ARTICLES);
        events = context.getStateStore(StoreNames.DASHBOARD_EVENTS);
        reactions = context.getStateStore(StoreNames.DASHBOARD_REACTIONS);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (record.key() == null || article == null) {
            return;
        }
        for (KeyValue<Long, EnrichedArticle> previous : WindowStoreEntries.of(articles, record.key())) {
            long ts = previous.key;
            ArticleViews.events(previous.value).forEach(e -> events.put(e.getId(), null, ts));
            ArticleViews.reactions(previous.value).forEach(r -> reactions.put(r.getId(), null, ts));
            articles.put(record.key(), null, ts);
        }
        long ts = article.getEventTime().toEpochMilli();
        articles.put(record.key(), article, ts);
        ArticleViews.events(article).forEach(e -> events.put(e.getId(), e, ts));
        ArticleViews.reactions(article).forEach(r -> reactions.put(r.getId(), r, ts));
    }
}
