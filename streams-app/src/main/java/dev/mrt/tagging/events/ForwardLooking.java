package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;

/**
 * Whether reported speech looks ahead: a modal or expectation marker in what is reported
 * ("said the central bank would be patient", "said further increases may be needed"). That is
 * what makes a central banker's words guidance beyond a decision announced with them; a
 * description of the present ("said the outlook is improving") is not.
 */
final class ForwardLooking {
    private ForwardLooking() {}

    /**
     * @param from first token of what is reported (after the reporting verb); a sentence that
     *     opens with the quote ("'The MPC will keep watching,' the BoE said") reports before it
     */
    static boolean after(ArticleAnalysis a, Sentence s, int from) {
        if (opensWithQuote(a, s)) {
            from = s.from();
        }
        for (Mention m : a.mentions().get(s.index())) {
            if (m.from() >= from && m.has(Concept.ModalityMarker.class)) {
                return true;
            }
        }
        for (int j = from; j < s.to(); j++) {
            if (a.lexicon().hypothetical().contains(a.norm(j))) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensWithQuote(ArticleAnalysis a, Sentence s) {
        String first = a.text().substring(a.startOf(s.from()), Math.min(a.text().length(), a.startOf(s.from()) + 1));
        int before = a.startOf(s.from()) - 1;
        char prev = before >= 0 ? a.text().charAt(before) : ' ';
        return isQuote(first.isEmpty() ? ' ' : first.charAt(0)) || isQuote(prev);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201c' || c == '\u2018' || c == '\'';
    }
}
