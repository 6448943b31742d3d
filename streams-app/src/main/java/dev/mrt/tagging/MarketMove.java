package dev.mrt.tagging;

/**
 * A market note before ids are assigned.
 *
 * @param sentence index of the sentence it was found in
 * @param from     first token of the evidence
 * @param to       token after the evidence
 * @param moveFrom first token of the move word
 */
record MarketMove(String asset, Direction direction, Magnitude magnitude, Modality modality, String attribution,
                  int sentence, int from, int to, double confidence, int moveFrom) {
}
