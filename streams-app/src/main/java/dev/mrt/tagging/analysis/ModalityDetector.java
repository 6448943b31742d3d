package dev.mrt.tagging.analysis;

import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Modality;
import dev.mrt.tagging.text.Sentence;

/**
 * Whether a move happened, is expected, or depends on a condition. Conditional markers ("if",
 * "unless", a sentence opening with "Should") count from the start of the sentence; expectation
 * markers ("could", "likely", "typically") count in the stretch that leads up to the move; an
 * expected move with a condition after it ("could climb unless OPEC...") is conditional.
 */
public final class ModalityDetector {
    private ModalityDetector() {}

    public static Modality detect(ArticleAnalysis a, Sentence s, int windowFrom, int moveFrom) {
        if (moveFrom > s.from() && a.lexicon().invertedConditionals().contains(a.norm(s.from()))) {
            return Modality.CONDITIONAL;
        }
        Modality found = Modality.REALIZED;
        boolean conditionAfter = false;
        for (Mention m : a.mentions().get(s.index())) {
            Concept.ModalityMarker mm = m.get(Concept.ModalityMarker.class);
            if (mm == null) {
                continue;
            }
            if (m.from() >= moveFrom) {
                conditionAfter |= mm.modality() == Modality.CONDITIONAL;
                continue;
            }
            if (mm.modality() == Modality.CONDITIONAL) {
                return Modality.CONDITIONAL;
            }
            if (m.from() >= windowFrom) {
                found = Modality.EXPECTED;
            }
        }
        return found == Modality.EXPECTED && conditionAfter ? Modality.CONDITIONAL : found;
    }
}
