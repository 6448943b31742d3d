/**
 * The tagger without Kafka, over files of articles: {@code tag}'s work (each line tagged and
 * written in the contract's JSON, through the same mapping and rendering as the stream) and
 * {@code evaluate}'s (labelled passages tagged and scored as {@code shared/eval/score.py} does, the
 * same counts by event type and asset class, the event types taken for others, and the last
 * release's figures beside them from {@code config/eval/release-figures.json}).
 *
 * <p>May use: {@code tagging}, {@code ingest} (the article reader), {@code api.json} (the
 * rendering), {@code topology}'s mapping of the tagger's findings to the Avro records, Jackson.
 */
package dev.mrt.offline;
