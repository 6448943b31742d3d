package dev.mrt.topology.errors;

/**
 * What the dead-letter handlers count with. Kafka Streams instantiates the handlers itself, so
 * the application places its implementation (the pipeline's metrics) in the Streams
 * configuration under {@link #CONFIG_KEY}; without one, dead letters are not counted. An
 * interface here, rather than the metrics class itself, keeps this package below
 * {@code topology}: the topology uses the handlers, never the other way round.
 */
@FunctionalInterface
public interface DeadLetterCounter {
    /** Streams config key under which the counter travels to the handlers. */
    String CONFIG_KEY = "mrt.pipeline.metrics";

    void deadLettered(DeadLetterReason reason);
}
