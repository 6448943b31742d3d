package dev.mrt.tagging;

/**
 * One token of the article text.
 *
 * @param start       UTF-16 offset of the first char in the full text
 * @param end         offset after the last char
 * @param norm        case-folded, stemmed form used for matching
 * @param kind        word, number or punctuation
 * @param newlines    line breaks in the whitespace before this token
 * @param capitalized first letter is upper case
 * @param known       the taxonomy's vocabulary has this norm (only known tokens can start or continue a phrase)
 */
public record Token(int start, int end, String norm, Kind kind, int newlines, boolean capitalized, boolean known) {
    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }
}
