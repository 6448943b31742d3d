/**
 * The HTTP server and its wiring: {@link dev.mrt.api.ApiServer} binds the port and routes every
 * path to its handler (the query API under {@code /api/v1}, the live feed, health, Prometheus
 * metrics, the dashboard's static files); the API index, the health endpoints and the metrics
 * registry live here too. What the routes serve lives in the subpackages: {@code http}
 * (parameters, errors, paths), {@code query} (answers from the state stores), {@code live} (the
 * Server-Sent Events feed), {@code json} (the JSON of every record).
 *
 * <p>May use: its subpackages, Javalin, Jackson, Micrometer, Kafka Streams (for health). Used by
 * {@code runtime}, which starts it beside the pipeline.
 */
package dev.mrt.api;
