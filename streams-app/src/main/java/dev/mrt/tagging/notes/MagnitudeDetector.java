package dev.mrt.tagging.notes;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Magnitude;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;

/** Size of a move: the move word's own size ("edged", "plunged") unless an adverb next to it says otherwise. */
final class MagnitudeDetector {
    private static final int REACH = 3;

    private MagnitudeDetector() {}

    static Magnitude detect(ArticleAnalysis a, Sentence s, Mention move, Magnitude own) {
        for (Mention m : a.mentions().get(s.index())) {
            if (m.to() < move.from() - REACH) {
                continue;
            }
            if (m.from() > move.to() + REACH) {
                break;
            }
            Concept.MagnitudeWord w = m.get(Concept.MagnitudeWord.class);
            if (w != null) {
                return w.magnitude();
            }
        }
        return own;
    }
}
