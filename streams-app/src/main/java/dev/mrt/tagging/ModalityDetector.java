package dev.mrt.tagging;

/**
 * Whether a move happened, is expected, or depends on a condition. Conditional markers ("if",
 * "unless") count from the start of the sentence; expectation markers ("could", "likely",
 * "typically") count in the stretch that leads up to the move.
 */
final class ModalityDetector {
    private ModalityDetector() {
    }

    static Modality detect(ArticleAnalysis a, Sentence s, int windowFrom, int moveFrom) {
        Modality found = Modality.REALIZED;
        for (Mention m : a.mentions.get(s.index())) {
            if (m.from() >= moveFrom) {
                break;
            }
            Concept.ModalityMarker mm = m.get(Concept.ModalityMarker.class);
            if (mm == null) {
                continue;
            }
            if (mm.modality() == Modality.CONDITIONAL) {
                return Modality.CONDITIONAL;
            }
            if (m.from() >= windowFrom) {
                found = Modality.EXPECTED;
            }
        }
        return found;
    }
}
