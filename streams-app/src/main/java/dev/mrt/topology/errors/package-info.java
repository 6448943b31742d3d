/**
 * Dead letters: Kafka Streams' deserialization, processing and production exception handlers
 * write every record that cannot go on to the dead-letter topic with its original bytes, Kafka's
 * own error headers and our {@link dev.mrt.topology.errors.DeadLetterReason} (header
 * {@code mrt.dlq.reason}), and count it through a {@link
 * dev.mrt.topology.errors.DeadLetterCounter}.
 *
 * <p>May use: Kafka's clients and Streams, SLF4J. Nothing else of the application: the topology
 * uses it, not the other way round.
 */
package dev.mrt.topology.errors;
