package dev.mrt.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BoundedCacheTest {

    @Test
    void evicts_the_oldest_entries_beyond_capacity() {
        BoundedCache<Integer, String> cache = new BoundedCache<>(2);

        cache.put(1, "one");
        cache.put(2, "two");
        cache.put(3, "three");

        assertThat(cache.size()).isEqualTo(2);
        assertThat(cache.get(1)).isNull();
        assertThat(cache.get(2)).isEqualTo("two");
        assertThat(cache.get(3)).isEqualTo("three");
    }

    @Test
    void loads_a_key_once() {
        BoundedCache<String, Integer> cache = new BoundedCache<>(10);
        AtomicInteger loads = new AtomicInteger();

        for (int i = 0; i < 5; i++) {
            cache.computeIfAbsent("k", k -> loads.incrementAndGet());
        }

        assertThat(loads).hasValue(1);
    }

    @Test
    void first_value_stored_wins() {
        BoundedCache<String, String> cache = new BoundedCache<>(10);

        cache.put("k", "first");

        assertThat(cache.put("k", "second")).isEqualTo("first");
        assertThat(cache.get("k")).isEqualTo("first");
    }

    @Test
    void rejects_a_useless_capacity() {
        assertThatThrownBy(() -> new BoundedCache<>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("capacity");
    }
}
