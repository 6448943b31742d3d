package dev.mrt.tagging.notes;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.text.Sentence;
import dev.mrt.tagging.text.Token;

/**
 * Two quoted levels of a move decide its direction (LABELLING rule 15): "the ruble fell to 83.89
 * from 85.37 per dollar" is USDRUB down whatever the prose says, "from 4.10% to 4.25%" a rise.
 * Levels are the quoted asset's own (a pair in market convention, a yield, an index), so the
 * sign of the change is the direction of the note.
 */
final class QuotedLevels {
    /** Words between the move word and the first level ("fell 2% to", "weakened to as much as"). */
    private static final int REACH = 12;

    private QuotedLevels() {}

    /** The direction the two levels after {@code from} give, or null when the clause quotes no two. */
    static Direction after(ArticleAnalysis a, Sentence s, int from) {
        int end = Math.min(s.to(), from + REACH);
        // Most moves quote no two numbers: find that out in one pass before reading any.
        int numbers = 0;
        for (int j = from; j < end && numbers < 2; j++) {
            if (a.tokens().get(j).kind() == Token.Kind.NUMBER) {
                numbers++;
            }
        }
        if (numbers < 2) {
            return null;
        }
        // "was at $1.0713 from $1.0732": the level word already said "at".
        Double stated = numberAfter(a, s, from);
        int k0 = next(a, s, from);
        if (stated != null && k0 > 0 && a.norm(k0).equals("from")) {
            Double before = numberAfter(a, s, k0 + 1);
            return before == null ? null : compare(stated, before);
        }
        for (int j = from; j < end; j++) {
            String n = a.norm(j);
            if (n.equals(";") || n.equals(".")) {
                return null;
            }
            if (n.equals("to") || n.equals("at")) {
                Double level = numberAfter(a, s, j + 1);
                int k = next(a, s, j + 1);
                if (level != null && k > 0 && a.norm(k).equals("from")) {
                    Double before = numberAfter(a, s, k + 1);
                    return before == null ? null : compare(level, before);
                }
            }
            if (n.equals("from")) {
                Double before = numberAfter(a, s, j + 1);
                int k = next(a, s, j + 1);
                if (before != null && k > 0 && a.norm(k).equals("to")) {
                    Double level = numberAfter(a, s, k + 1);
                    return level == null ? null : compare(level, before);
                }
            }
        }
        return null;
    }

    private static Direction compare(double level, double before) {
        return level > before ? Direction.UP : level < before ? Direction.DOWN : Direction.FLAT;
    }

    /** The number at {@code j}, skipping a currency sign before it. */
    private static Double numberAfter(ArticleAnalysis a, Sentence s, int j) {
        int at = numberAt(a, s, j);
        return at < 0 ? null : parse(a.norm(at));
    }

    /** The index of the number token at {@code j} or after a one-char sign there ("$", "R"), or -1. */
    private static int numberAt(ArticleAnalysis a, Sentence s, int j) {
        if (j < s.to()
                && a.tokens().get(j).kind() != Token.Kind.NUMBER
                && a.norm(j).length() == 1) {
            j++;
        }
        return j < s.to() && a.tokens().get(j).kind() == Token.Kind.NUMBER ? j : -1;
    }

    /** "1,234.5" -> 1234.5; null for a number of another shape ("2026-01-01", "1.2.3"). */
    private static Double parse(String n) {
        double v = 0;
        double scale = 0;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (c >= '0' && c <= '9') {
                if (scale == 0) {
                    v = v * 10 + (c - '0');
                } else {
                    v += (c - '0') * scale;
                    scale /= 10;
                }
            } else if (c == '.' && scale == 0) {
                scale = 0.1;
            } else if (c != ',') {
                return null;
            }
        }
        return v;
    }

    /** The token after the number at or just after {@code j} and its unit ("83.89 rubles", "4.2%"), or -1. */
    private static int next(ArticleAnalysis a, Sentence s, int from) {
        int j = numberAt(a, s, from);
        if (j < 0) {
            return -1;
        }
        j++;
        for (int unit = 0; unit < 4 && j < s.to(); unit++, j++) {
            String n = a.norm(j);
            if (n.equals("from") || n.equals("to")) {
                return j;
            }
        }
        return -1;
    }
}
