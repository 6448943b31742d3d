package dev.mrt.topology;

import dev.mrt.avro.Article;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Keeps the newest revision of each article's text, which the enriched record does not carry but
 * the dashboard needs to show evidence in place (evidence offsets point into title + body). A
 * re-sent or older revision leaves the stored one alone, by the deduplicator's own rule.
 * Emits nothing. Only the first {@code maxChars} of a body are kept: a multi-megabyte article
 * would not fit in a changelog record, and evidence past that point still shows its own text.
 */
final class ArticleTextIndexer implements Processor<String, Article, Void, Void> {
    private final int maxChars;
    private WindowStore<String, Article> texts;

    ArticleTextIndexer(int maxChars) {
        this.maxChars = maxChars;
    }

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
        texts.put(record.key(), capped(article), article.getPublishedAt().toEpochMilli());
    }

    private Article capped(Article a) {
        if (a.getBody().length() <= maxChars) {
            return a;
        }
        return Article.newBuilder(a).setBody(a.getBody().substring(0, maxChars)).build();
    }
}
