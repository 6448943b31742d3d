/**
 * Replays: the topologies run again over the input topics, from a time or offset to another,
 * under their own application id and output topics, with progress and catch-up tracking; and the
 * input topics as the archives that replays read ({@link dev.mrt.replay.ArchiveTopic}), which
 * {@code import} and {@code import-prices} fill ({@link dev.mrt.replay.ArchiveImportRun}).
 *
 * <p>May use: {@code config}, {@code ingest}, {@code runtime}, {@code topology}, the Kafka admin and consumer
 * clients, Kafka Streams.
 */
package dev.mrt.replay;
