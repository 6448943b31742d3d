/**
 * The seam for a learned layer beside the rules. {@link dev.mrt.tagging.model.TaggingModel}
 * decides, per article ({@link dev.mrt.tagging.model.ModelInput}: words, per sentence the rules'
 * cues and event types, the rules' market moves), which event types it carries and which moves
 * are notes ({@link dev.mrt.tagging.model.ModelDecision}), then whether its events and notes are
 * linked ({@link dev.mrt.tagging.model.LinkDecision}). The rules keep evidence spans, countries,
 * quote and yield normalization and magnitudes. {@link dev.mrt.tagging.model.TaggingModel#RULES_ONLY}
 * (a tagger built without a model) is never consulted, so it costs nothing more.
 *
 * <p>Uses only {@code text}, so a model can be trained and tested on its inputs alone; the trained
 * model lives in {@code learned}.
 */
package dev.mrt.tagging.model;
