package dev.mrt.serde.registry;

import java.util.UUID;

/**
 * One version of a subject: what lookup and {@code versions/latest} return.
 *
 * @param guid the schema's GUID when the registry reports one (newer registries), else null
 */
public record RegisteredSchema(String subject, int version, int id, SchemaText schema, UUID guid) {}
