/**
 * How articles and prices come in: the one JSON article reader ({@link
 * dev.mrt.ingest.ArticleJsonParser}: fields, the timestamp rule and the error messages, for every
 * input), the price-bar reader ({@link dev.mrt.ingest.PriceCsvReader}), and the one import loop
 * over an archive ({@link dev.mrt.ingest.ArchiveImport}: JSON Lines or CSV, gzip or not) with its
 * progress display, rate limit and rejects file, for {@code import} and {@code import-prices}.
 * Sending is behind {@link dev.mrt.ingest.RecordSink}, so this package knows no Kafka.
 *
 * <p>May use: {@code dev.mrt.avro}, {@code market} (instruments and units), {@code time},
 * Jackson (JSON and CSV).
 */
package dev.mrt.ingest;
