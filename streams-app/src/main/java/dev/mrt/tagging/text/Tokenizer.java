package dev.mrt.tagging.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number and punctuation tokens in one left-to-right pass (no regular
 * expressions, linear in the input). Hyphens inside words separate tokens but are not tokens,
 * so "risk-off" and "risk off" match alike; "U.S." is one token "us"; a possessive "'s" is a
 * token of its own so that "Bloomberg's Mark Cranfield" keeps the names apart.
 */
public final class Tokenizer {
    private static final String[] ASCII = new String[128];
    private static final boolean[] ASCII_WORD = new boolean[128];
    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < ASCII.length; c++) {
            ASCII[c] = String.valueOf(c);
            ASCII_WORD[c] = Character.isLetterOrDigit(c);
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    private Tokenizer() {}

    public static List<Token> tokenize(String text) {
        return tokenize(text, Vocabulary.EMPTY);
    }

    /** As {@link #tokenize(String)}, sharing the taxonomy's String for every known word. */
    public static List<Token> tokenize(String text, Vocabulary vocabulary) {
        List<Token> out = new ArrayList<>(Math.max(16, text.length() / 5));
        char[] buf = new char[64];
        int[] prefixHash = new int[65];
        int n = text.length();
        char[] cs = text.toCharArray();
        int i = 0;
        int newlines = 0;
        while (i < n) {
            char c = cs[i];
            if (c == '\n') {
                newlines++;
                i++;
                continue;
            }
            if (c == ' '
                    || (c < 128
                            ? c < ' ' || c == 127
                            : Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c))) {
                i++;
                continue;
            }
            if (isHyphen(c)
                    && i > 0
                    && i + 1 < n
                    && Character.isLetterOrDigit(cs[i - 1])
                    && Character.isLetterOrDigit(cs[i + 1])) {
                i++;
                continue;
            }
            if (c < 128 ? ASCII_WORD[c] : Character.isLetterOrDigit(c)) {
                int start = i;
                int acronymEnd = j1IsPeriod(text, i) ? acronymEnd(text, i) : -1;
                if (acronymEnd > 0) {
                    if (acronymEnd - i > buf.length) {
                        buf = new char[acronymEnd - i];
                    }
                    int len = 0;
                    for (int k = i; k < acronymEnd; k++) {
                        char a = text.charAt(k);
                        if (a != '.') {
                            buf[len++] = Character.toLowerCase(a);
                        }
                    }
                    out.add(word(
                            vocabulary, vocabulary.find(buf, len, -1), buf, len, start, acronymEnd, newlines, true));
                    newlines = 0;
                    i = acronymEnd;
                    continue;
                }
                boolean digitsOnly = true;
                int j = i;
                // Scan, lower-case and hash in one pass; the stemmer mostly only shortens the
                // word, so the hash of the stem is usually a prefix hash already computed.
                int len = 0;
                int h = 0;
                while (j < n) {
                    char d = cs[j];
                    if (d < 128 ? ASCII_WORD[d] : Character.isLetterOrDigit(d)) {
                        if (digitsOnly && (d < '0' || d > '9')) {
                            digitsOnly = d >= 128 && Character.isDigit(d);
                        }
                    } else if ((d == '.' || d == ',')
                            && digitsOnly
                            && j + 1 < n
                            && Character.isDigit(cs[j + 1])
                            && j > i) {
                        // a decimal or thousands separator inside a number
                    } else if (isApostrophe(d) && j + 1 < n && Character.isLetter(cs[j + 1]) && !digitsOnly) {
                        if (isPossessive(text, j)) {
                            break;
                        }
                    } else {
                        break;
                    }
                    if (len + 1 >= buf.length) {
                        buf = java.util.Arrays.copyOf(buf, buf.length * 2);
                        prefixHash = java.util.Arrays.copyOf(prefixHash, buf.length + 1);
                    }
                    char l = d < 128 ? ASCII_LOWER[d] : isApostrophe(d) ? '\'' : Character.toLowerCase(d);
                    buf[len++] = l;
                    h = 31 * h + l;
                    prefixHash[len] = h;
                    j++;
                }
                if (digitsOnly) {
                    String number = text.substring(start, j);
                    out.add(new Token(start, j, number, Token.Kind.NUMBER, newlines, false, vocabulary.id(number)));
                } else {
                    len = LightStemmer.stem(buf, len);
                    boolean rewritten = len > 0 && buf[len - 1] == 'y' && prefixHashChanged(text, start, len);
                    int id = vocabulary.find(buf, len, rewritten ? -1 : prefixHash[len]);
                    boolean capital = c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c);
                    out.add(word(vocabulary, id, buf, len, start, j, newlines, capital));
                }
                newlines = 0;
                i = j;
                continue;
            }
            if (isApostrophe(c) && isPossessive(text, i)) {
                int end = (i + 1 < n && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) ? i + 2 : i + 1;
                out.add(new Token(i, end, "'s", Token.Kind.PUNCT, newlines, false, vocabulary.possessiveId()));
                newlines = 0;
                i = end;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String norm = isApostrophe(c)
                    ? "'"
                    : isHyphen(c)
                            ? "-"
                            : isQuote(c) ? "\"" : len == 1 && c < ASCII.length ? ASCII[c] : text.substring(i, i + len);
            int id = norm.length() == 1 && norm.charAt(0) < 128
                    ? vocabulary.asciiId(norm.charAt(0))
                    : vocabulary.id(norm);
            out.add(new Token(i, i + len, norm, Token.Kind.PUNCT, newlines, false, id));
            newlines = 0;
            i += len;
        }
        return out;
    }

    /** "rallies" -> "rally": the stem's last char differs from the text's, so its prefix hash does not apply. */
    private static boolean prefixHashChanged(String text, int start, int len) {
        char original = text.charAt(start + len - 1);
        return Character.toLowerCase(original) != 'y';
    }

    /**
     * A word token. Against a real vocabulary an unknown word gets the shared {@link Token#UNKNOWN}
     * norm (no allocation: it can match nothing anyway); without one, its own norm.
     */
    private static Token word(
            Vocabulary vocabulary, int id, char[] buf, int len, int start, int end, int newlines, boolean cap) {
        String norm = id >= 0 ? vocabulary.word(id) : vocabulary.size() > 0 ? Token.UNKNOWN : new String(buf, 0, len);
        return new Token(start, end, norm, Token.Kind.WORD, newlines, cap, id);
    }

    /** "U.S.", "U.K.", "E.U.": single letters each followed by a period; returns the end or -1. */
    /** Cheap pre-check: an acronym has a period right after its first letter. */
    private static boolean j1IsPeriod(String text, int i) {
        return i + 1 < text.length() && text.charAt(i + 1) == '.';
    }

    private static int acronymEnd(String text, int i) {
        if (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            return -1;
        }
        int n = text.length();
        int j = i;
        int letters = 0;
        while (j + 1 < n
                && Character.isLetter(text.charAt(j))
                && text.charAt(j + 1) == '.'
                && (j + 2 >= n
                        || !Character.isLetterOrDigit(text.charAt(j + 2))
                        || j + 3 < n && text.charAt(j + 3) == '.')) {
            letters++;
            j += 2;
        }
        return letters >= 2 ? j : -1;
    }

    private static boolean isPossessive(String text, int apostrophe) {
        int n = text.length();
        if (apostrophe + 1 < n && (text.charAt(apostrophe + 1) == 's' || text.charAt(apostrophe + 1) == 'S')) {
            return apostrophe + 2 >= n || !Character.isLetterOrDigit(text.charAt(apostrophe + 2));
        }
        return false;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB';
    }
}
