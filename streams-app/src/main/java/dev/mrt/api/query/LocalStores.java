package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import dev.mrt.api.http.TimeRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.query.RangeQuery;
import org.apache.kafka.streams.query.StateQueryRequest;
import org.apache.kafka.streams.query.StateQueryResult;
import org.apache.kafka.streams.query.WindowKeyQuery;
import org.apache.kafka.streams.query.WindowRangeQuery;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Interactive queries (IQv2) against the window stores of this instance, active partitions only,
 * so that gathering answers from every instance counts each partition once.
 */
public final class LocalStores {
    private final StreamsAccess access;

    public LocalStores(StreamsAccess access) {
        this.access = access;
    }

    /** What this instance's partitions of a store hold in a time range, and which partitions answered. */
    public record Scan(Set<Integer> partitions) {}

    /**
     * Visits every entry of the store whose window starts in {@code range}, over this
     * instance's active partitions. The visitor sees the entries unsorted.
     */
    public <V> Scan scan(String store, TimeRange range, Consumer<TimedEntry<V>> visitor) {
        StateQueryRequest<KeyValueIterator<Windowed<String>, V>> request = StateQueryRequest.inStore(store)
                .withQuery(WindowRangeQuery.<String, V>withWindowStartRange(range.fromInstant(), range.toInstant()))
                .requireActive();
        StateQueryResult<KeyValueIterator<Windowed<String>, V>> result = run(request);
        Set<Integer> answered = new TreeSet<>();
        for (Map.Entry<Integer, QueryResult<KeyValueIterator<Windowed<String>, V>>> p :
                result.getPartitionResults().entrySet()) {
            QueryResult<KeyValueIterator<Windowed<String>, V>> r = p.getValue();
            if (r.isFailure()) {
                continue;
            }
            answered.add(p.getKey());
            try (KeyValueIterator<Windowed<String>, V> it = r.getResult()) {
                while (it.hasNext()) {
                    KeyValue<Windowed<String>, V> kv = it.next();
                    if (kv.value != null) {
                        visitor.accept(
                                new TimedEntry<>(kv.key.key(), kv.key.window().start(), unwrap(kv.value)));
                    }
                }
            }
        }
        return new Scan(answered);
    }

    /**
     * Visits every entry of a key-value store whose key is in {@code [from, to]}, over this
     * instance's active partitions, in no particular order across partitions.
     */
    public <V> Scan scanKeys(String store, String from, String to, BiConsumer<String, V> visitor) {
        StateQueryRequest<KeyValueIterator<String, V>> request = StateQueryRequest.inStore(store)
                .withQuery(RangeQuery.<String, V>withRange(from, to))
                .requireActive();
        StateQueryResult<KeyValueIterator<String, V>> result = run(request);
        Set<Integer> answered = new TreeSet<>();
        for (Map.Entry<Integer, QueryResult<KeyValueIterator<String, V>>> p :
                result.getPartitionResults().entrySet()) {
            if (p.getValue().isFailure()) {
                continue;
            }
            answered.add(p.getKey());
            try (KeyValueIterator<String, V> it = p.getValue().getResult()) {
                while (it.hasNext()) {
                    KeyValue<String, V> kv = it.next();
                    if (kv.value != null) {
                        visitor.accept(kv.key, unwrap(kv.value));
                    }
                }
            }
        }
        return new Scan(answered);
    }

    /** Every entry of one key in a time range, from the given partition of this instance, oldest first. */
    public <V> List<TimedEntry<V>> key(String store, String key, int partition, TimeRange range) {
        StateQueryRequest<WindowStoreIterator<V>> request = StateQueryRequest.inStore(store)
                .withQuery(WindowKeyQuery.<String, V>withKeyAndWindowStartRange(
                        key, range.fromInstant(), range.toInstant()))
                .withPartitions(Set.of(partition));
        QueryResult<WindowStoreIterator<V>> r =
                run(request).getPartitionResults().get(partition);
        if (r == null || r.isFailure()) {
            throw ApiError.unavailable("partition " + partition + " of " + store + " is not on this instance now"
                    + (r == null ? "" : " (" + r.getFailureReason() + ")") + "; retry");
        }
        List<TimedEntry<V>> out = new ArrayList<>();
        try (WindowStoreIterator<V> it = r.getResult()) {
            while (it.hasNext()) {
                KeyValue<Long, V> kv = it.next();
                if (kv.value != null) {
                    out.add(new TimedEntry<>(key, kv.key, unwrap(kv.value)));
                }
            }
        }
        return out;
    }

    private <R> StateQueryResult<R> run(StateQueryRequest<R> request) {
        KafkaStreams streams = access.queryable();
        try {
            return streams.query(request);
        } catch (InvalidStateStoreException e) {
            throw ApiError.unavailable(e.getMessage());
        }
    }

    /** The DSL's aggregation stores are timestamped; the API wants the value. */
    @SuppressWarnings("unchecked")
    private static <V> V unwrap(Object v) {
        return v instanceof ValueAndTimestamp<?> vt ? (V) vt.value() : (V) v;
    }
}
