/**
 * The one JSON rendering of each record, shared by every output: the {@code tag} command, local
 * mode's standard output, the query API and the live feed. {@link dev.mrt.api.json.AvroJson}
 * writes any Avro record from its schema (field names as in the schema, timestamps and dates in
 * ISO-8601), so a field added to a record appears everywhere and none can be dropped by one
 * output; the per-record classes add what the API derives (a reaction's {@code scope} and
 * {@code lag}, a window's bounds) and {@link dev.mrt.api.json.EnrichedArticleJson} has the
 * contract's {@code tag} form and the stream's. {@link dev.mrt.api.json.Json} is the one Jackson
 * configuration they are written with.
 *
 * <p>May use: {@code dev.mrt.avro}, Jackson, Avro, and constants of {@code topology} and
 * {@code tagging} that give values their meaning (a reaction's source kind, the separator of
 * title and body). No HTTP: {@code offline} and {@code runtime} use it without a server.
 */
package dev.mrt.api.json;
