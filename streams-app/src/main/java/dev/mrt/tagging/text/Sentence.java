package dev.mrt.tagging.text;

/**
 * A sentence as a token range [from, to) of the article's token list.
 *
 * @param index     position among the article's sentences
 * @param paragraph index of the paragraph (title is paragraph 0)
 */
public record Sentence(int index, int from, int to, int paragraph) {
    public int size() {
        return to - from;
    }
}
