package dev.mrt.serde.registry;

import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

/**
 * A thread-safe map that forgets its oldest entries beyond a capacity (first in, first out).
 *
 * <p>Reads take no lock, which is what the serde's per-record path needs. The loader runs outside
 * any lock, so two threads missing the same key at once may both load it; the first value stored
 * wins. Under such races the size can briefly exceed the capacity by the number of racing threads.
 */
public final class BoundedCache<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new ConcurrentHashMap<>();
    private final Queue<K> insertionOrder = new ConcurrentLinkedQueue<>();

    public BoundedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    public V get(K key) {
        return entries.get(key);
    }

    public V computeIfAbsent(K key, Function<? super K, ? extends V> loader) {
        V value = entries.get(key);
        if (value != null) {
            return value;
        }
        return put(key, Objects.requireNonNull(loader.apply(key), "cache loader returned null"));
    }

    /** Stores the value unless the key is present; returns the value the cache holds afterwards. */
    public V put(K key, V value) {
        V previous = entries.putIfAbsent(key, value);
        if (previous != null) {
            return previous;
        }
        insertionOrder.add(key);
        while (entries.size() > capacity) {
            K oldest = insertionOrder.poll();
            if (oldest == null) {
                break;
            }
            entries.remove(oldest);
        }
        return value;
    }

    public void remove(K key) {
        // The key stays in the order queue; evicting an absent key later is harmless.
        entries.remove(key);
    }

    public int size() {
        return entries.size();
    }
}
