/**
 * The seam for a learned layer beside the rules. {@link dev.mrt.tagging.model.SentenceModel}
 * decides, per sentence ({@link dev.mrt.tagging.model.SentenceInput}), which event types it
 * carries and whether its market moves are notes ({@link dev.mrt.tagging.model.SentenceDecision}),
 * given what the rules found. The rules keep evidence spans, countries, quote and yield
 * normalization and magnitudes. {@link dev.mrt.tagging.model.SentenceModel#RULES_ONLY} (the
 * default) is never consulted, so a tagger without a model costs nothing more.
 *
 * <p>Uses nothing else of the tagger, so a model can be trained and tested on sentences alone;
 * a model implementation lives in a package of its own and may use {@code text}.
 */
package dev.mrt.tagging.model;
