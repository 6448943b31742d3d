package dev.mrt.serde.registry;

import org.apache.kafka.common.errors.SerializationException;

/**
 * An error answer from the Schema Registry ({@code {"error_code":40401,"message":"..."}}).
 *
 * <p>It is a {@link SerializationException} so that, when it escapes a serializer, Kafka Streams'
 * production and deserialization handlers see it like any other serde failure.
 */
public class SchemaRegistryException extends SerializationException {

    public static final int SUBJECT_NOT_FOUND = 40401;
    public static final int VERSION_NOT_FOUND = 40402;
    public static final int SCHEMA_NOT_FOUND = 40403;
    public static final int SUBJECT_COMPATIBILITY_NOT_CONFIGURED = 40408;
    public static final int INCOMPATIBLE_SCHEMA = 409;
    public static final int INVALID_SCHEMA = 42201;
    public static final int INVALID_VERSION = 42202;
    public static final int INVALID_COMPATIBILITY_LEVEL = 42203;
    public static final int BACKEND_STORE_ERROR = 50001;

    private final int httpStatus;
    private final int errorCode;
    private final String registryMessage;
    private final String request;

    /**
     * @param httpStatus      HTTP status of the answer
     * @param errorCode       the registry's {@code error_code} (the HTTP status when the body had none)
     * @param registryMessage the registry's {@code message}, verbatim
     * @param request         method and path, e.g. {@code GET /schemas/ids/7}
     */
    public SchemaRegistryException(int httpStatus, int errorCode, String registryMessage, String request) {
        super("Schema Registry answered HTTP " + httpStatus + " (error_code " + errorCode + ") to " + request + ": "
                + registryMessage);
        this.httpStatus = httpStatus;
        this.errorCode = errorCode;
        this.registryMessage = registryMessage;
        this.request = request;
    }

    protected SchemaRegistryException(String message, String request, Throwable cause) {
        super(message, cause);
        this.httpStatus = -1;
        this.errorCode = -1;
        this.registryMessage = cause == null ? message : String.valueOf(cause.getMessage());
        this.request = request;
    }

    /** HTTP status, or -1 when no answer arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The registry's {@code error_code}, or -1 when no answer arrived. */
    public int errorCode() {
        return errorCode;
    }

    /** The registry's own message, verbatim. */
    public String registryMessage() {
        return registryMessage;
    }

    /** Method and path of the failed request. */
    public String request() {
        return request;
    }

    public boolean isNotFound() {
        return httpStatus == 404;
    }

    /** 5xx answers and transport failures are worth retrying; 4xx answers never are. */
    public boolean isRetriable() {
        return httpStatus == -1 || httpStatus >= 500;
    }
}
