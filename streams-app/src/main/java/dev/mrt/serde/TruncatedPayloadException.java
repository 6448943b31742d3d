package dev.mrt.serde;

/** The bytes end before the framing or the Avro data they announce. */
public final class TruncatedPayloadException extends AvroSerdeException {

    public TruncatedPayloadException(String problem, SerdeErrorContext context, Throwable cause) {
        super(problem, context, cause);
    }
}
