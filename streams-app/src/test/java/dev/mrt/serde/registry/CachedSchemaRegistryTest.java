package dev.mrt.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.Schema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CachedSchemaRegistryTest {

    private static final Schema V1 = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"}]}""");
    private static final Schema V2 = new Schema.Parser().parse("""
            {"type":"record","name":"Quote","namespace":"test","fields":[{"name":"symbol","type":"string"},
             {"name":"venue","type":["null","string"],"default":null}]}""");

    private final String scope = "cache-test-" + UUID.randomUUID();
    private final MockSchemaRegistry registry = MockSchemaRegistry.forScope(scope);

    @AfterEach
    void drop() {
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void each_direction_costs_one_call() {
        CachedSchemaRegistry cached = new CachedSchemaRegistry(registry, 100);
        int otherId = registry.register("other-value", SchemaText.avro(V2.toString()), false);
        long before = registry.requestCount();

        int id = cached.idFor("q-value", V1, true, false);
        for (int i = 0; i < 10; i++) {
            assertThat(cached.idFor("q-value", V1, true, false)).isEqualTo(id);
            assertThat(cached.schemaById(id)).isEqualTo(V1);
            assertThat(cached.schemaById(otherId)).isEqualTo(V2);
        }

        assertThat(registry.requestCount() - before)
                .as("one register + one GET for the foreign id")
                .isEqualTo(2);
    }

    @Test
    void lookup_instead_of_register_when_auto_register_is_off() {
        registry.register("q-value", SchemaText.avro(V1.toString()), false);
        CachedSchemaRegistry cached = new CachedSchemaRegistry(registry, 100);

        int id = cached.idFor("q-value", V1, false, false);

        assertThat(id).isEqualTo(1);
        assertThat(registry.latestVersion("q-value").version()).isEqualTo(1);
    }

    @Test
    void latest_version_is_refetched_after_its_ttl() {
        AtomicLong nanos = new AtomicLong();
        CachedSchemaRegistry cached = new CachedSchemaRegistry(registry, 100, Duration.ofSeconds(10), nanos::get);
        registry.register("q-value", SchemaText.avro(V1.toString()), false);

        LatestSchema first = cached.latest("q-value");
        registry.register("q-value", SchemaText.avro(V2.toString()), false);
        nanos.addAndGet(Duration.ofSeconds(9).toNanos());
        LatestSchema stillCached = cached.latest("q-value");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        LatestSchema refreshed = cached.latest("q-value");

        assertThat(first.version()).isEqualTo(1);
        assertThat(stillCached.version()).isEqualTo(1);
        assertThat(refreshed.version()).isEqualTo(2);
        assertThat(refreshed.schema()).isEqualTo(V2);
    }

    @Test
    void caches_are_bounded() {
        CachedSchemaRegistry cached = new CachedSchemaRegistry(registry, 3);
        for (int i = 0; i < 10; i++) {
            cached.idFor("s" + i + "-value", V1, true, false);
        }
        long before = registry.requestCount();

        cached.idFor("s0-value", V1, true, false);
        cached.idFor("s9-value", V1, true, false);

        assertThat(registry.requestCount() - before)
                .as("s0 was evicted, s9 was not")
                .isEqualTo(1);
    }
}
