package dev.mrt.serde;

/**
 * The registry does not know the schema: an id or GUID read from a record (40403), or, with
 * {@code auto.register.schemas=false}, the record's schema under its subject (40401/40403).
 */
public final class UnknownSchemaException extends AvroSerdeException {

    public UnknownSchemaException(String problem, SerdeErrorContext context, Throwable cause) {
        super(problem, context, cause);
    }
}
