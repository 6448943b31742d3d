package dev.mrt.serde;

import dev.mrt.serde.registry.SchemaRegistryException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * A record could not be serialized or deserialized. The message names topic, subject and schema id
 * and, when the registry was involved, its error code and message. A {@link SerializationException},
 * so Kafka Streams routes it to its deserialization / production exception handlers.
 */
public class AvroSerdeException extends SerializationException {

    private final SerdeErrorContext context;

    public AvroSerdeException(String problem, SerdeErrorContext context, Throwable cause) {
        super(problem + " [" + context.describe() + "]" + registryPart(cause), cause);
        this.context = context;
    }

    public SerdeErrorContext context() {
        return context;
    }

    /** The registry's error code, or -1 when the registry did not answer with one. */
    public int registryErrorCode() {
        return getCause() instanceof SchemaRegistryException registry ? registry.errorCode() : -1;
    }

    private static String registryPart(Throwable cause) {
        if (cause instanceof SchemaRegistryException registry) {
            if (registry.errorCode() < 0) {
                return ": " + registry.getMessage();
            }
            return ": registry answered HTTP " + registry.httpStatus() + " error_code " + registry.errorCode() + ": "
                    + registry.registryMessage();
        }
        return cause == null ? "" : ": " + cause;
    }
}
