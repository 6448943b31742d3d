/**
 * The records on the wire, generated at build time from {@code schemas/src/main/avro/*.avsc} (the
 * schemas are the source: edit them, never the classes): articles and market notes in; enriched
 * articles, political events, tagged market notes, reactions and statistics out; and their parts
 * ({@code EventTag}, {@code NoteTag}, {@code LinkTag}, {@code Evidence}, {@code Provenance}).
 *
 * <p>The tagger keeps working types of its own in {@code dev.mrt.tagging}, which knows no Avro;
 * {@code topology.EnrichedArticleMapper} maps them to these. May use: Avro only.
 */
package dev.mrt.avro;
