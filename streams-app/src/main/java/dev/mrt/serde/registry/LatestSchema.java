package dev.mrt.serde.registry;

import org.apache.avro.Schema;

/** The latest version of a subject, parsed. */
public record LatestSchema(String subject, int version, int id, Schema schema) {}
