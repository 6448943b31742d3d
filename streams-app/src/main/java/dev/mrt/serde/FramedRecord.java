package dev.mrt.serde;

/**
 * A record's bytes after the framing was read.
 *
 * @param avroOffset where the Avro binary starts: 5 after a payload prefix, 0 when a header named the schema
 */
public record FramedRecord(SchemaReference writerSchema, int avroOffset) {}
