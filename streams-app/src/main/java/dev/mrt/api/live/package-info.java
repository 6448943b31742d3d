/**
 * The live feed: enriched articles and reactions as they are committed to the output topics,
 * read by one consumer per instance without a consumer group, buffered for reconnecting clients
 * and sent as Server-Sent Events ({@code event: article}, {@code event: link}) whose ids are feed
 * positions ({@link dev.mrt.api.live.FeedPosition}), so a client resumes where it left off on any
 * instance.
 *
 * <p>May use: {@code api.http}, {@code api.json}, {@code dev.mrt.avro}, {@code topology}'s
 * {@code Topic}, the Kafka consumer, Javalin.
 */
package dev.mrt.api.live;
