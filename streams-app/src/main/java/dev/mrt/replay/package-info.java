/**
 * Replays: the topologies run again over the input topics, from a time or offset to another,
 * under their own application id and output topics, with progress and catch-up tracking; and the
 * articles topic as the archive that replays read ({@link dev.mrt.replay.ArticleArchiveTopic},
 * which {@code import} fills).
 *
 * <p>May use: {@code config}, {@code runtime}, {@code topology}, the Kafka admin and consumer
 * clients, Kafka Streams.
 */
package dev.mrt.replay;
