package dev.mrt.topology;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/** Everything a window store keeps for one key: (timestamp, value) pairs, oldest first. */
final class WindowStoreEntries {

    private WindowStoreEntries() {}

    /** The whole time axis: the store itself has already dropped what is past its retention. */
    static <V> List<KeyValue<Long, V>> of(WindowStore<String, V> store, String key) {
        List<KeyValue<Long, V>> out = new ArrayList<>();
        try (WindowStoreIterator<V> it = store.fetch(key, 0L, Long.MAX_VALUE)) {
            it.forEachRemaining(out::add);
        }
        return out;
    }
}
