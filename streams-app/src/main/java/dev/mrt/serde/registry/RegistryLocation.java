package dev.mrt.serde.registry;

/** Where the registry is, as {@code schema.registry.url} says: in process ({@code mock://}) or over HTTP. */
public sealed interface RegistryLocation {

    /** A client for this location. */
    SchemaRegistryClient open();

    /** {@code mock://scope}: the JVM-wide in-process registry of that scope. */
    record Mock(String scope) implements RegistryLocation {
        @Override
        public SchemaRegistryClient open() {
            return MockSchemaRegistry.forScope(scope);
        }

        @Override
        public String toString() {
            return "mock://" + scope;
        }
    }

    /** One or more {@code http(s)://} URLs. */
    record Http(HttpRegistrySettings settings) implements RegistryLocation {
        @Override
        public SchemaRegistryClient open() {
            return new HttpSchemaRegistryClient(settings);
        }

        @Override
        public String toString() {
            return settings.urls() + " auth " + settings.auth();
        }
    }
}
