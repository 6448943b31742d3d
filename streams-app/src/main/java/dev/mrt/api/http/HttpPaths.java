package dev.mrt.api.http;

/** The HTTP paths the app serves: one place, shared by the server, its tests and the Docker healthcheck test. */
public final class HttpPaths {
    /** Liveness: the process is up and Kafka Streams is not in ERROR. */
    public static final String LIVE = "/health/live";
    /** Readiness: Kafka Streams is RUNNING. */
    public static final String READY = "/health/ready";
    /** Prometheus scrape endpoint. */
    public static final String METRICS = "/metrics";
    /** The built-in dashboard page. */
    public static final String DASHBOARD = "/";
    /** JSON query API root. */
    public static final String API = "/api/v1";

    private HttpPaths() {}
}
