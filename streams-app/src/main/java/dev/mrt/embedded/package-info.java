/**
 * An in-process Kafka broker (KRaft, Kafka's own server classes) for local mode and the
 * integration tests.
 *
 * <p>May use: Kafka's server, metadata and client classes, SLF4J. Nothing else of the application.
 */
package dev.mrt.embedded;
