package dev.mrt.serde;

import dev.mrt.config.SerdeSetting;
import dev.mrt.serde.registry.MockSchemaRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A fresh {@code mock://} scope per test, with the serde config that points at it. */
final class MockRegistryScope implements AutoCloseable {

    private final String scope = "serde-test-" + UUID.randomUUID();

    String url() {
        return "mock://" + scope;
    }

    MockSchemaRegistry registry() {
        return MockSchemaRegistry.forScope(scope);
    }

    Map<String, Object> config(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeSetting.SCHEMA_REGISTRY_URL.key(), url());
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    @Override
    public void close() {
        MockSchemaRegistry.dropScope(scope);
    }
}
