package dev.mrt.tagging.notes;

import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Magnitude;
import dev.mrt.tagging.taxonomy.Modality;

/**
 * A market note before ids are assigned.
 *
 * @param sentence index of the sentence it was found in
 * @param from     first token of the evidence
 * @param to       token after the evidence
 * @param moveFrom first token of the move word
 * @param sentences every sentence that states this same move (the first is {@code sentence}), in order
 */
public record MarketMove(
        String asset,
        Direction direction,
        Magnitude magnitude,
        Modality modality,
        String attribution,
        int sentence,
        int from,
        int to,
        double confidence,
        int moveFrom,
        java.util.Set<Integer> sentences) {

    MarketMove withSentences(java.util.Set<Integer> all) {
        return new MarketMove(
                asset,
                direction,
                magnitude,
                modality,
                attribution,
                sentence,
                from,
                to,
                confidence,
                moveFrom,
                java.util.Collections.unmodifiableSet(all));
    }
}
