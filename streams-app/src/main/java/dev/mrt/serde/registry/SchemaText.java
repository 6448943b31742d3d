package dev.mrt.serde.registry;

/**
 * A schema as the registry stores it: its text and type ({@code AVRO} when the registry omits it,
 * as it does for Avro).
 */
public record SchemaText(String schema, String schemaType) {

    public static final String AVRO = "AVRO";

    public SchemaText {
        if (schema == null) {
            throw new IllegalArgumentException("schema text is null");
        }
        schemaType = schemaType == null || schemaType.isBlank() ? AVRO : schemaType;
    }

    public static SchemaText avro(String schema) {
        return new SchemaText(schema, AVRO);
    }

    public boolean isAvro() {
        return AVRO.equals(schemaType);
    }
}
