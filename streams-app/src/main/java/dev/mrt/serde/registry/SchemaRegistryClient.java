package dev.mrt.serde.registry;

import java.util.UUID;

/**
 * The Schema Registry REST contract, one method per endpoint, at the level of schema text.
 *
 * <p>Implementations: {@link HttpSchemaRegistryClient} for {@code http(s)://} URLs and
 * {@link MockSchemaRegistry} for {@code mock://scope}; {@link RegistryLocation#open} picks
 * one from {@code schema.registry.url}. Errors are {@link SchemaRegistryException}s carrying the
 * registry's error code and message. No caching here: see {@link CachedSchemaRegistry}.
 */
public interface SchemaRegistryClient extends AutoCloseable {

    /** {@code POST /subjects/{subject}/versions}: registers (or finds) the schema, returns its id. */
    int register(String subject, SchemaText schema, boolean normalize);

    /** {@code POST /subjects/{subject}}: the version of the subject holding this schema. */
    RegisteredSchema lookup(String subject, SchemaText schema, boolean normalize);

    /** {@code GET /schemas/ids/{id}}. */
    SchemaText schemaById(int id);

    /** {@code GET /schemas/guids/{guid}} (registries that issue GUIDs, Confluent Platform 8.1+). */
    SchemaText schemaByGuid(UUID guid);

    /** {@code GET /subjects/{subject}/versions/latest}. */
    RegisteredSchema latestVersion(String subject);

    /** {@code POST /compatibility/subjects/{subject}/versions/latest?verbose=true}. */
    CompatibilityCheck testCompatibility(String subject, SchemaText schema, boolean normalize);

    /** {@code GET /config/{subject}?defaultToGlobal=true}: the level that applies to the subject. */
    CompatibilityLevel compatibility(String subject);

    /** {@code GET /config}. */
    CompatibilityLevel globalCompatibility();

    /** {@code PUT /config/{subject}}. */
    CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level);

    /** {@code PUT /config}. */
    CompatibilityLevel updateGlobalCompatibility(CompatibilityLevel level);

    @Override
    void close();
}
