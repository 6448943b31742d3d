package dev.mrt.tagging.text;

/**
 * One token of the article text.
 *
 * @param start       UTF-16 offset of the first char in the full text
 * @param end         offset after the last char
 * @param norm        case-folded, stemmed form used for matching
 * @param kind        word, number or punctuation
 * @param newlines    line breaks in the whitespace before this token
 * @param capitalized first letter is upper case
 * @param id          the norm's id in the taxonomy's vocabulary, or -1: only known tokens can be part of a phrase
 */
public record Token(int start, int end, String norm, Kind kind, int newlines, boolean capitalized, int id) {
    /** Norm of a word the taxonomy does not know, when tokenizing against a vocabulary: nothing compares equal to it. */
    public static final String UNKNOWN = "\u0000";

    public boolean known() {
        return id >= 0;
    }

    public enum Kind {
        WORD,
        NUMBER,
        PUNCT
    }

    public boolean isPunct() {
        return kind == Kind.PUNCT;
    }
}
