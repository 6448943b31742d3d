/**
 * The query API's answers, from the state stores of every instance: articles, political events,
 * reactions, the timeline, statistics, the heatmap, the instances. Interactive queries (IQv2) on
 * this instance's active partitions ({@link dev.mrt.api.query.LocalStores}), range queries
 * gathered from every instance that holds part of a store ({@link
 * dev.mrt.api.query.ScatterGather}), key queries forwarded once to the owner of the key ({@link
 * dev.mrt.api.query.KeyRouter}), and newest-first pages with cursors.
 *
 * <p>May use: {@code api.http}, {@code api.json}, {@code dev.mrt.avro}, {@code topology}'s store
 * names and statistics windows, Kafka Streams, Javalin, Jackson.
 */
package dev.mrt.api.query;
