package dev.mrt.tagging.model;

import java.util.List;

/**
 * A market move the rules found, as the learned layer reads it; the codes are the taxonomy's.
 *
 * @param asset      asset code
 * @param family     the asset's family (what a labelled note is compared by)
 * @param assetClass the asset's class code
 * @param direction  direction code, normalized to the quoted level
 * @param modality   modality code
 * @param magnitude  magnitude code
 * @param sentences  every sentence that states the move, the first where it was found
 * @param from       first token of the evidence
 * @param to         token after the evidence
 * @param confidence the rules' confidence
 */
public record MoveInput(
        String asset,
        String family,
        String assetClass,
        String direction,
        String modality,
        String magnitude,
        List<Integer> sentences,
        int from,
        int to,
        double confidence) {
    public MoveInput {
        sentences = List.copyOf(sentences);
    }

    /** The sentence it was found in. */
    public int sentence() {
        return sentences.get(0);
    }
}
