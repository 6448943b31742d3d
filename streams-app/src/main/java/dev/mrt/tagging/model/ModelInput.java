package dev.mrt.tagging.model;

import dev.mrt.tagging.text.Token;
import java.time.LocalDate;
import java.util.List;

/**
 * One article as the learned layer reads it, after the rules.
 *
 * @param text      title, blank line, body: what token offsets index into
 * @param tokens    the tokens of {@code text} (words the taxonomy does not know have the
 *                  {@link Token#UNKNOWN} norm: read them from {@code text})
 * @param published the publication date, or null
 * @param sentences the sentences in order, with what the rules found in each
 * @param moves     the market moves the rules found, in their order
 */
public record ModelInput(
        String text, List<Token> tokens, LocalDate published, List<SentenceInput> sentences, List<MoveInput> moves) {
    public ModelInput {
        sentences = List.copyOf(sentences);
        moves = List.copyOf(moves);
    }
}
