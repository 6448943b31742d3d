package dev.mrt.api.http;

/**
 * A request the API answers with an error status and a JSON body
 * {@code {"error": code, "message": ..., "parameter": ...}}; the server maps it in one place.
 */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final String parameter;

    private ApiError(int status, String code, String parameter, String message) {
        super(message);
        this.status = status;
        this.code = code;
        this.parameter = parameter;
    }

    public static ApiError badParameter(String parameter, String message) {
        return new ApiError(400, "bad_request", parameter, "parameter '" + parameter + "': " + message);
    }

    public static ApiError notFound(String message) {
        return new ApiError(404, "not_found", null, message);
    }

    public static ApiError notAcceptable(String message) {
        return new ApiError(406, "not_acceptable", null, message);
    }

    /** The streams client is starting, rebalancing or stopped, or a peer did not answer: worth a retry. */
    public static ApiError unavailable(String message) {
        return new ApiError(503, "unavailable", null, message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    /** The offending query parameter, or null. */
    public String parameter() {
        return parameter;
    }
}
