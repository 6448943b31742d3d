package dev.mrt.topology;

import dev.mrt.avro.Article;
import java.time.Duration;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Passes an article id once per {@code dedup.retention}: a re-sent wire emits nothing; a newer
 * revision passes, and so does a copy older than the retention. What passes carries what is
 * remembered of the id (possibly from longer ago: {@link TopologySettings#articleMemory()}),
 * so that its statistics contribution can be replaced. Only reads the store;
 * {@link ArticleRecorder} writes the article once it is tagged.
 */
final class ArticleDeduplicator implements FixedKeyProcessor<String, Article, ArticleRevision> {
    private final String storeName;
    private final Duration retention;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, ArticleRevision> context;
    private WindowStore<String, DedupEntry> store;
    private long newest = Long.MIN_VALUE;

    ArticleDeduplicator(String storeName, Duration retention, PipelineMetrics metrics) {
        this.storeName = storeName;
        this.retention = retention;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, ArticleRevision> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
    }

    @Override
    public void process(FixedKeyRecord<String, Article> record) {
        long ts = record.timestamp();
        // The store keeps articles for as long as statistics are kept; deduplication looks only at
        // those within the retention of this record's time and of the newest article passed on.
        // Not the task's stream time: a record the validator rejects (published in the year 9999)
        // moves that too. The newest is kept in memory: after a restart it starts from this
        // record, so a copy then counts as seen a little longer, never shorter.
        long since = Math.max(ts, newest) - retention.toMillis();
        DedupEntry incoming = DedupEntry.of(record.value());
        DedupEntry seen = null;
        DedupEntry latest = null;
        long latestTime = 0;
        for (KeyValue<Long, DedupEntry> kv : WindowStoreEntries.of(store, record.key())) {
            boolean recent = Math.abs(kv.key - ts) <= retention.toMillis() && kv.key >= since;
            if (recent && (seen == null || seen.isSupersededBy(kv.value))) {
                seen = kv.value;
            }
            // The recorder keeps one entry per id; should a crash between its writes leave two, the newer counts.
            latest = kv.value;
            latestTime = kv.key;
        }
        if (seen != null && !seen.isSupersededBy(incoming)) {
            metrics.deduplicated();
            return;
        }
        if (seen != null) {
            metrics.updated();
        }
        newest = Math.max(newest, ts);
        context.forward(record.withValue(new ArticleRevision(record.value(), latest, latestTime)));
    }
}
