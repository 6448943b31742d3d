package dev.mrt.tagging.model;

/**
 * The seam for a learned layer beside the rules: for each sentence, which event types it
 * carries and whether its market moves are notes of the story. The tagger asks it after the
 * rules have read the sentence and gives it what they found; the rules keep what they do
 * exactly (evidence spans, countries, quote and yield normalization, magnitudes).
 *
 * <p>{@link #RULES_ONLY} is the model of a tagger without a learned layer: never consulted,
 * so the rules' findings stand and nothing is computed for it. An implementation must be
 * thread-safe and deterministic (replays must give the same tags), and its version must move
 * with the taxonomy's.
 */
public interface SentenceModel {
    /** No learned layer: the rules decide alone. */
    SentenceModel RULES_ONLY = new SentenceModel() {
        @Override
        public boolean consulted() {
            return false;
        }

        @Override
        public SentenceDecision decide(SentenceInput sentence, SentenceDecision rules) {
            return rules;
        }

        @Override
        public String toString() {
            return "rules only";
        }
    };

    /** Whether the tagger asks the model at all; when false, {@link #decide} is never called. */
    boolean consulted();

    /**
     * The model's decision for one sentence.
     *
     * @param sentence the sentence as the model reads it
     * @param rules    what the rules found in it; returning it unchanged keeps their findings
     * @return the event types the sentence carries (those the rules did not find are added with
     *         the confidence given) and whether its moves are notes
     */
    SentenceDecision decide(SentenceInput sentence, SentenceDecision rules);
}
