/**
 * How two enriched topics differ ({@code compare}): reads each topic to its end, keeps each
 * article's latest findings, and reports counts per event type, asset and direction, and tag, and
 * the articles whose events, notes, links or tags changed, as a table or JSON.
 *
 * <p>May use: {@code dev.mrt.avro}, {@code topology}'s {@code Topic}, the Kafka consumer, Jackson.
 */
package dev.mrt.compare;
