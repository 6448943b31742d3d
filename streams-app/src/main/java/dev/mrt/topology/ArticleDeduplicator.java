package dev.mrt.topology;

import dev.mrt.avro.Article;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Passes an article id once per retention: a re-sent wire emits nothing; a newer revision
 * replaces the older one. A window store keyed by article id at its event time keeps the
 * memory bounded: segments older than the retention are dropped whole.
 */
final class ArticleDeduplicator implements FixedKeyProcessor<String, Article, Article> {
    private final String storeName;
    private final Duration retention;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, Article> context;
    private WindowStore<String, DedupEntry> store;

    ArticleDeduplicator(String storeName, Duration retention, PipelineMetrics metrics) {
        this.storeName = storeName;
        this.retention = retention;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, Article> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        long ts = record.timestamp();
        DedupEntry incoming = DedupEntry.of(record.value());
        DedupEntry seen = latest(record.key(), ts);
        if (seen != null && !seen.isSupersededBy(incoming)) {
            metrics.deduplicated();
            return;
        }
        if (seen != null) {
            metrics.updated();
        }
        store.put(record.key(), incoming, ts);
        context.forward(record);
    }

    private DedupEntry latest(String key, long ts) {
        long from = Math.max(0, ts - retention.toMillis());
        long to = ts > Long.MAX_VALUE - retention.toMillis() ? Long.MAX_VALUE : ts + retention.toMillis();
        DedupEntry last = null;
        try (WindowStoreIterator<DedupEntry> it = store.fetch(key, from, to)) {
            while (it.hasNext()) {
                DedupEntry e = it.next().value;
                if (last == null || last.isSupersededBy(e)) {
                    last = e;
                }
            }
        }
        return last;
    }
}
