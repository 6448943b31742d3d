package dev.mrt.tagging;

/**
 * Finds negation that must suppress a fact rather than flip it: "yields did not rise" states
 * nothing about where yields went; "traders doubt the yuan will fall" states no fall.
 */
final class NegationDetector {
    private static final int LOCAL_REACH = 3;

    private NegationDetector() {}

    /**
     * @param windowFrom first token of the stretch between subject and move
     * @param moveFrom   first token of the move (or trigger)
     */
    static boolean negated(ArticleAnalysis a, Sentence s, int windowFrom, int moveFrom) {
        int localFrom = Math.min(windowFrom, moveFrom - LOCAL_REACH);
        for (Mention m : a.mentions.get(s.index())) {
            if (m.from() >= moveFrom) {
                break;
            }
            Concept.Negation n = m.get(Concept.Negation.class);
            if (n == null) {
                continue;
            }
            if (n.complementScope() || m.from() >= localFrom) {
                return true;
            }
        }
        return false;
    }
}
