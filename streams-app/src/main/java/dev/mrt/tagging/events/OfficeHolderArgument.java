package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Lexicon;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;

/**
 * Whether a personnel verb ("fired", "named", "removed", "the dismissal of") acts on the
 * holder of an office: its object names a person of the taxonomy or an office title ("fired
 * the central bank governor", "named Kevin Warsh"), or, in the passive, its subject does
 * ("Rajoy was ousted"). "Fired missiles", "removed tariffs" and "ousted Barnier's government"
 * (the office holder only possesses the object) are no change of leadership.
 */
final class OfficeHolderArgument {
    /** Words between the verb and the office holder: "fired the central bank governor", "named revenue secretary". */
    private static final int OBJECT_REACH = 6;

    private static final int SUBJECT_REACH = 8;

    private OfficeHolderArgument() {}

    static boolean holds(ArticleAnalysis a, Sentence s, Mention trigger) {
        Lexicon lex = a.lexicon();
        if (trigger.from() > s.from() && lex.passive().contains(a.norm(trigger.from() - 1))) {
            return subjectBefore(a, s, trigger.from() - 1);
        }
        return objectAfter(a, s, trigger.to());
    }

    private static boolean objectAfter(ArticleAnalysis a, Sentence s, int from) {
        int limit = Math.min(s.to(), from + OBJECT_REACH);
        for (int j = from; j < limit; j++) {
            Mention m = a.mentionAt(s.index(), j);
            if (isHolder(a, m, j)) {
                return !possessor(a, s, j);
            }
            if (breaks(a, m, j)) {
                return false;
            }
            if (m != null) {
                limit = Math.min(s.to(), limit + (m.to() - m.from() - 1));
                j = m.to() - 1;
            }
        }
        return false;
    }

    private static boolean subjectBefore(ArticleAnalysis a, Sentence s, int before) {
        for (int j = before - 1; j >= Math.max(s.from(), before - SUBJECT_REACH); j--) {
            Mention m = a.mentionAt(s.index(), j);
            if (isHolder(a, m, j)) {
                return true;
            }
            if (breaks(a, m, j)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isHolder(ArticleAnalysis a, Mention m, int j) {
        if (m != null) {
            return m.has(Concept.Person.class);
        }
        return a.lexicon().officeTitles().contains(a.norm(j));
    }

    private static boolean breaks(ArticleAnalysis a, Mention m, int j) {
        String n = a.norm(j);
        return n.equals(",")
                || n.equals(".")
                || a.lexicon().clauseBreaks().contains(n)
                || (m != null
                        && (m.has(Concept.Trigger.class)
                                || m.has(Concept.DirectionWord.class)
                                || m.has(Concept.Asset.class)
                                || m.has(Concept.SpeechVerb.class)));
    }

    /**
     * "ousted Prime Minister Michel Barnier's government": the titled name, read to its end,
     * is followed by a possessive, so the object is something the office holder owns.
     */
    private static boolean possessor(ArticleAnalysis a, Sentence s, int j) {
        int k = j;
        while (k < s.to()) {
            Mention m = a.mentionAt(s.index(), k);
            if (m != null && m.has(Concept.Person.class)) {
                k = m.to();
            } else if (a.lexicon().officeTitles().contains(a.norm(k))
                    || a.tokens().get(k).capitalized()) {
                k++;
            } else {
                break;
            }
        }
        return k < s.to() && a.norm(k).equals("'s");
    }
}
