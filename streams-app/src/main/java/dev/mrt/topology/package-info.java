/**
 * The Kafka Streams topologies, each a pure static builder over its settings: articles validated,
 * deduplicated and tagged into enriched articles, fanned out as political events and tagged
 * market notes; cross-feed reactions (a political event linked to a market note from another
 * article or the notes feed, in a time window: {@code Reaction*}); windowed statistics; what the
 * market did after each reaction, measured on the prices ({@code Realized*}); the dashboard's
 * views. Topic and store names, the run's identity and provenance, and the mapping
 * from the tagger's findings to the Avro records live here too.
 *
 * <p>Words: a <em>link</em> is the tagger's in-article link of an event to a note (the
 * {@code links} of an enriched article, Avro {@code LinkTag}); a <em>reaction</em> is a
 * {@code ReactionLink} record on the reactions topic, in-article or cross-feed.
 *
 * <p>May use: {@code tagging}, {@code market}, {@code config}, {@code topology.errors}, {@code dev.mrt.avro},
 * Kafka Streams, Micrometer. Never {@code api}, {@code cli} or {@code runtime}.
 */
package dev.mrt.topology;
