/**
 * How articles come in: the one JSON article reader ({@link dev.mrt.ingest.ArticleJsonParser}:
 * fields, the timestamp rule and the error messages, for every input), and {@code import}'s loop
 * over an archive (JSON Lines or CSV, gzip or not) with its progress display, rate limit and
 * rejects file. Sending is behind {@link dev.mrt.ingest.ArticleSink}, so this package knows no
 * Kafka.
 *
 * <p>May use: {@code dev.mrt.avro}, {@code time}, Jackson (JSON and CSV).
 */
package dev.mrt.ingest;
