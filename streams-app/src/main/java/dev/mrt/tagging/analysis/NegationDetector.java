package dev.mrt.tagging.analysis;

import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;

/**
 * Finds negation that must suppress a fact rather than flip it: "yields did not rise" states
 * nothing about where yields went; "traders doubt the yuan will fall" states no fall.
 */
public final class NegationDetector {
    private static final int LOCAL_REACH = 3;

    private NegationDetector() {}

    /**
     * @param windowFrom first token of the stretch between subject and move
     * @param moveFrom   first token of the move (or trigger)
     */
    public static boolean negated(ArticleAnalysis a, Sentence s, int windowFrom, int moveFrom) {
        int localFrom = Math.min(windowFrom, moveFrom - LOCAL_REACH);
        for (Mention m : a.mentions().get(s.index())) {
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
