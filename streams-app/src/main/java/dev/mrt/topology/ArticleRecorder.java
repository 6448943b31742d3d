package dev.mrt.topology;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Remembers a tagged article under its id, in place of any earlier revision: its revision and
 * statistics contribution, at its publication time.
 */
final class ArticleRecorder implements FixedKeyProcessor<String, TaggedArticle, TaggedArticle> {
    private FixedKeyProcessorContext<String, TaggedArticle> context;
    private WindowStore<String, DedupEntry> store;

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
        this.store = context.getStateStore(StoreNames.ARTICLE_DEDUP);
    }

    @Override
    public void process(FixedKeyRecord<String, TaggedArticle> record) {
        TaggedArticle t = record.value();
        long ts = t.enriched().getEventTime().toEpochMilli();
        for (KeyValue<Long, DedupEntry> kv : WindowStoreEntries.of(store, record.key())) {
            if (kv.key != ts) {
                store.put(record.key(), null, kv.key);
            }
        }
        store.put(record.key(), t.revision(), ts);
        context.forward(record);
    }
}
