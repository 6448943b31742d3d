/**
 * Running the pipeline: building the topologies and serdes from the configuration, creating the
 * topics, starting and stopping Kafka Streams, serving the HTTP API and live feed beside it,
 * sending articles, printing the enriched topic (local mode), shutting down on a signal.
 *
 * <p>May use: {@code api} and its subpackages, {@code config}, {@code ingest}, {@code serde},
 * {@code tagging}, {@code topology}, {@code dev.mrt.avro}, Kafka's clients and Streams.
 */
package dev.mrt.runtime;
