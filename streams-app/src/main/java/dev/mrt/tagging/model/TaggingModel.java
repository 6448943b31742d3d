package dev.mrt.tagging.model;

/**
 * The seam for a learned layer beside the rules. The tagger reads an article with its rules,
 * hands the model what they found ({@link ModelInput}: the words, per sentence the rules' cues
 * and event types, the market moves) and keeps what the model decides ({@link ModelDecision}):
 * which event types the article carries (those the rules did not find placed at the sentence
 * the model names), which moves are notes of the story, and whether the article ties its events
 * to its notes. The rules keep what they do exactly: evidence spans, countries, quote and yield
 * normalization, magnitudes.
 *
 * <p>{@link #RULES_ONLY} is the model of a tagger without a learned layer: never consulted, so
 * the rules' findings stand and nothing is computed for it. An implementation must be
 * thread-safe and deterministic (replays must give the same tags), and its {@link #version()}
 * is part of the tagger's version.
 */
public interface TaggingModel {
    /** No learned layer: the rules decide alone. */
    TaggingModel RULES_ONLY = new TaggingModel() {
        @Override
        public boolean consulted() {
            return false;
        }

        @Override
        public ModelDecision decide(ModelInput article) {
            return ModelDecision.agreeing(article);
        }

        @Override
        public LinkDecision link(ModelInput article, LinkInput links) {
            return LinkDecision.AS_FOUND;
        }

        @Override
        public String version() {
            return "";
        }

        @Override
        public String toString() {
            return "rules only";
        }
    };

    /** Whether the tagger asks the model at all; when false, nothing else is called. */
    boolean consulted();

    /**
     * Whether {@link #decide} may change what the rules found. When false the tagger keeps every
     * sighting and move without asking, and builds the {@link ModelInput} only if {@link #link}
     * needs it: a model whose thresholds leave the events and notes to the rules costs nothing there.
     */
    default boolean decides() {
        return true;
    }

    /**
     * Whether {@link #link} may answer other than {@link LinkDecision#AS_FOUND} for these links;
     * when false the tagger keeps them without asking.
     */
    default boolean weighs(LinkInput links) {
        return true;
    }

    /**
     * What the article carries.
     *
     * @param article the article as the rules read it
     * @return the event types and notes to emit; {@link ModelDecision#agreeing} keeps the rules'
     */
    ModelDecision decide(ModelInput article);

    /**
     * Whether the article ties its events to its notes, asked once the events and notes are
     * decided and the rules have linked them.
     */
    LinkDecision link(ModelInput article, LinkInput links);

    /** Identifies the trained model (empty for none); the tagger's version carries it. */
    String version();
}
