package dev.mrt.tagging;

/**
 * A market note before ids are assigned.
 *
 * @param sentence index of the sentence it was found in
 * @param from     first token of the evidence
 * @param to       token after the evidence
 * @param moveFrom first token of the move word
 * @param sentences every sentence that states this same move (the first is {@code sentence})
 */
record MarketMove(String asset, Direction direction, Magnitude magnitude, Modality modality, String attribution,
                  int sentence, int from, int to, double confidence, int moveFrom, java.util.List<Integer> sentences) {

    MarketMove alsoIn(int other) {
        if (sentences.contains(other)) {
            return this;
        }
        java.util.List<Integer> all = new java.util.ArrayList<>(sentences);
        all.add(other);
        return new MarketMove(asset, direction, magnitude, modality, attribution, sentence, from, to, confidence, moveFrom,
                java.util.List.copyOf(all));
    }
}
