package dev.mrt.topology;

import java.util.List;

import dev.mrt.avro.Article;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Keeps the newest revision of each article's text, which the enriched record does not carry but
 * the dashboard needs to show evidence in place (evidence offsets point into title + body). A
 * re-sent or older revision leaves the stored one alone, by the deduplicator's own rule.
 * Emits nothing.
 */
final class ArticleTextIndexer implements Processor<String, Article, Void, Void> {
    private WindowStore<String, Article> texts;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        texts = context.getStateStore(StoreNames.DASHBOARD_ARTICLE_TEXTS);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article article = record.value();
        if (record.key() == null || article == null) {
            return;
        }
        List<KeyValue<Long, Article>> stored = WindowStoreEntries.of(texts, record.key());
        DedupEntry incoming = DedupEntry.of(article);
        boolean newer = stored.stream().allMatch(kv -> DedupEntry.of(kv.value).isSupersededBy(incoming));
        if (!stored.isEmpty() && !newer) {
            return;
        }
        stored.forEach(kv -> texts.put(record.key(), null, kv.key));
        texts.put(record.key(), article, article.getPublishedAt().toEpochMilli());
    }
}
