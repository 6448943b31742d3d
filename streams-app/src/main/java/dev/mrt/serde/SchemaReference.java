package dev.mrt.serde;

import java.util.UUID;

/** How a record names its writer schema: by the registry's numeric id, or by GUID. */
public sealed interface SchemaReference {

    /** A 4-byte schema id: payload prefix {@code 0x00 id}, or header value {@code 0x00 id}. */
    record ById(int id) implements SchemaReference {}

    /** A 16-byte GUID, in header value {@code 0x01 guid} (Confluent Platform 8.1+ header mode). */
    record ByGuid(UUID guid) implements SchemaReference {}
}
