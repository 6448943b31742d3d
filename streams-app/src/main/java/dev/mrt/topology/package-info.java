/**
 * The Kafka Streams topologies, each a pure static builder over its settings: articles validated,
 * deduplicated and tagged into enriched articles; market notes of the notes feed tagged; the
 * events and notes of both sent to cross-feed linking, which links every market note to the best
 * political events of other sources within the link window whatever the order they arrive in
 * ({@code ReactionLink*}, {@code LinkIndex}, bounded by {@code link.horizon}); exact windowed
 * statistics (a source's contribution retracted and added again as it changes); what the
 * market did after each reaction, measured on the prices ({@code Realized*}); the dashboard's
 * views. Topic and store names, the run's identity and provenance, and the mapping from the
 * tagger's findings to the Avro records live here too.
 *
 * <p>Words: a <em>link</em> is the tagger's in-article link of an event to a note (the
 * {@code links} of an enriched article, Avro {@code LinkTag}); a <em>reaction</em> is a
 * {@code ReactionLink} record, in-article or cross-feed; the cross-feed ones are the rows of the
 * links table (Avro {@code NoteLinks}).
 *
 * <p>May use: {@code tagging}, {@code market}, {@code config}, {@code topology.errors}, {@code dev.mrt.avro},
 * Kafka Streams, Micrometer. Never {@code api}, {@code cli} or {@code runtime}.
 */
package dev.mrt.topology;
