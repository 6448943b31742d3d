package dev.mrt.tagging.notes;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;
import dev.mrt.tagging.text.Token;
import java.util.List;

/**
 * Who a view is attributed to: the name before "said"/"wrote" ("Bloomberg's Mark Cranfield
 * said") or after "according to"/"per". Returns the source as written, or null.
 */
final class AttributionFinder {
    private static final int MAX_NAME_TOKENS = 6;

    private AttributionFinder() {}

    /**
     * @param noteFrom first token of the note's evidence
     * @param noteTo   token after it
     */
    static String find(ArticleAnalysis a, Sentence s, int noteFrom, int noteTo) {
        List<Mention> ms = a.mentions().get(s.index());
        for (Mention m : ms) {
            Concept.Attribution at = m.get(Concept.Attribution.class);
            // "the Nasdaq added 0.8%": the note's own move word is no reporting verb.
            if (at == null || (m.from() < noteTo && m.to() > noteFrom)) {
                continue;
            }
            // "X said the dollar could fall" or "the dollar could fall, X said"; not "stocks rose after X said".
            if (!at.sourceFollows() && m.from() >= noteTo && !quoteOrCommaBefore(a, s, m.from())) {
                continue;
            }
            String src = at.sourceFollows() ? nameAfter(a, s, m.to()) : nameBefore(a, s, m.from());
            if (src != null) {
                return src;
            }
        }
        return null;
    }

    private static boolean quoteOrCommaBefore(ArticleAnalysis a, Sentence s, int cue) {
        for (int j = cue - 1; j >= Math.max(s.from(), cue - 8); j--) {
            String n = a.norm(j);
            if (n.equals(",") || n.equals("\"")) {
                return true;
            }
        }
        return false;
    }

    private static String nameBefore(ArticleAnalysis a, Sentence s, int cue) {
        int end = cue;
        int start = cue;
        for (int j = cue - 1; j >= Math.max(s.from(), cue - MAX_NAME_TOKENS); j--) {
            Token t = a.tokens().get(j);
            if (t.capitalized() || t.norm().equals("'s")) {
                start = j;
            } else {
                break;
            }
        }
        if (start == end && cue - 1 >= s.from()) {
            // "analysts said", "strategists wrote": a plain noun is still a source.
            Token t = a.tokens().get(cue - 1);
            if (t.kind() == Token.Kind.WORD
                    && a.mentionAt(s.index(), cue - 1) != null
                    && a.mentionAt(s.index(), cue - 1).has(Concept.Institution.class)) {
                start = cue - 1;
            }
        }
        if (start < end && a.norm(start).equals("'s")) {
            start++;
        }
        return start < end ? a.textOf(start, end) : null;
    }

    private static String nameAfter(ArticleAnalysis a, Sentence s, int cue) {
        int j = cue;
        if (j < s.to() && a.norm(j).equals("the")) {
            j++;
        }
        int start = j;
        while (j < s.to()
                && j - start < MAX_NAME_TOKENS
                && (a.tokens().get(j).capitalized() || a.norm(j).equals("'s"))) {
            j++;
        }
        return j > start ? a.textOf(start, j) : null;
    }
}
