package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Keeps the latest revision of each enriched article for the API, at the article's event time;
 * the API reads its political events and its inside-article reactions from it too
 * ({@link ArticleViews}). A revision replaces the previous one, wherever its time. Emits nothing.
 */
final class ArticleViewIndexer implements Processor<String, EnrichedArticle, Void, Void> {
    private WindowStore<String, EnrichedArticle> articles;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        articles = context.getStateStore(StoreNames.DASHBOARD_ARTICLES);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        EnrichedArticle article = record.value();
        if (record.key() == null || article == null) {
            return;
        }
        long ts = article.getEventTime().toEpochMilli();
        for (KeyValue<Long, EnrichedArticle> previous : WindowStoreEntries.of(articles, record.key())) {
            if (previous.key != ts) {
                articles.put(record.key(), null, previous.key);
            }
        }
        articles.put(record.key(), article, ts);
    }
}
