package dev.mrt.serde;

/**
 * Schemas that cannot work together: the registry refused a new version (HTTP 409), or the
 * reader schema cannot read what the writer schema wrote.
 */
public final class IncompatibleSchemaException extends AvroSerdeException {

    public IncompatibleSchemaException(String problem, SerdeErrorContext context, Throwable cause) {
        super(problem, context, cause);
    }
}
