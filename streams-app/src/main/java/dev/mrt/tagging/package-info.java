/**
 * The tagger: article text in, {@link dev.mrt.tagging.Tags} out (political events, market notes,
 * the in-article links between them, document tags), each with evidence. No Kafka, no clock, no
 * I/O after loading; the same text and taxonomy always give the same tags (replays rely on it).
 *
 * <h2>What the rest of the application uses</h2>
 * {@link dev.mrt.tagging.ArticleTagger} (load once, {@code tag} per article; with the shipped
 * learned layer or without it as {@link dev.mrt.tagging.LearnedLayer}, the setting
 * {@code tagger.model}, says),
 * {@link dev.mrt.tagging.ArticleText} in, and out {@link dev.mrt.tagging.Tags} holding
 * {@link dev.mrt.tagging.EventFinding}, {@link dev.mrt.tagging.NoteFinding},
 * {@link dev.mrt.tagging.InArticleLink} and {@link dev.mrt.tagging.EvidenceSpan}: the tagger's
 * own records, mapped to the Avro records of {@code dev.mrt.avro} ({@code EventTag},
 * {@code NoteTag}, ...) by the topology. An in-article link ties an event and a note of one
 * article; a cross-feed reaction ({@code topology.ReactionLinker}) ties those of different ones.
 *
 * <h2>Stages, one subpackage each, in the order the tagger runs them</h2>
 * <ol>
 *   <li>{@code taxonomy}: the knowledge, loaded from {@code config/taxonomy/*.yaml} (codes,
 *       phrases and what they mean, the codes code relies on by role) and compiled into a phrase
 *       matcher;</li>
 *   <li>{@code text}: tokens, stems, sentences (no taxonomy);</li>
 *   <li>{@code analysis}: the article read once against the taxonomy (phrase mentions per
 *       sentence, which country the story is about, negation and modality scope) that every
 *       later stage reads;</li>
 *   <li>{@code events} and {@code notes}: event sightings per sentence, then merged; market moves
 *       with direction, magnitude, modality and attribution, normalized through quotes and
 *       yields;</li>
 *   <li>{@code model}: the seam for a learned layer that decides, given what the rules found,
 *       which event types an article carries, which moves are notes and whether they are
 *       linked; {@code learned}: the trained model the jar ships (OpenNLP maxent classifiers,
 *       see {@code train-model});</li>
 *   <li>{@code links}: events to notes within the article.</li>
 * </ol>
 * This package holds the facade that runs them and turns their findings into ids and evidence.
 * It may use every subpackage; a subpackage uses only those above it in this list (and
 * {@code model} and {@code learned} only {@code text} and {@code model}), never this package.
 */
package dev.mrt.tagging;
