package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.analysis.ModalityDetector;
import dev.mrt.tagging.analysis.NegationDetector;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Lexicon;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Modality;
import dev.mrt.tagging.text.Sentence;

/**
 * Whether an event trigger (or reporting verb) states an event or only mentions one: negated
 * ("no plans for a meeting"), hypothetical ("would be at the G20 summit", "expect the RBA to
 * cut"), conditional ("if ... talks") or a time reference ("since the inauguration").
 *
 * Distances are counted in words, a named entity counting as one word, so that "expect the
 * Reserve Bank of Australia to cut" is as close as "expect the RBA to cut". Two readings of a
 * modal are not hypothetical: the future of an announcement ("China said it would impose
 * tariffs") and a modal governing another verb whose object is a named, existing event
 * ("vowed it would respond to Israel's strike").
 */
final class TriggerScope {
    private static final int NEGATION_REACH = 6;
    private static final int HYPOTHETICAL_REACH = 6;
    private static final int HYPOTHETICAL_AFTER = 6;
    private static final int BACKGROUND_REACH = 4;
    /** "said on Friday it would": words between a reporting verb and the modal it reports. */
    private static final int REPORTED_INTENT_REACH = 5;

    private TriggerScope() {}

    /** @param subjectOfHypothetical also look after the trigger ("a summit ... would be"); not for reporting verbs */
    static boolean suppressed(ArticleAnalysis a, Sentence s, Mention m, boolean subjectOfHypothetical) {
        Lexicon lex = a.lexicon();
        for (int j = Math.max(s.from(), m.from() - BACKGROUND_REACH); j < m.from(); j++) {
            if (lex.eventBackground().contains(a.norm(j))) {
                return true;
            }
        }
        if (!possessed(a, s, m) && hypotheticalBefore(a, s, m)) {
            return true;
        }
        // "a summit between them would be the first since 2019": the trigger is the subject of a hypothetical.
        for (int j = m.to(); subjectOfHypothetical && j < Math.min(s.to(), m.to() + HYPOTHETICAL_AFTER); j++) {
            if (lex.hypothetical().contains(a.norm(j))) {
                return true;
            }
            if (lex.clauseBreaks().contains(a.norm(j)) || a.norm(j).equals(",")) {
                break;
            }
        }
        if (ModalityDetector.detect(a, s, m.from(), m.from()) == Modality.CONDITIONAL) {
            return true;
        }
        return NegationDetector.negated(a, s, Math.max(s.from(), m.from() - NEGATION_REACH), m.from());
    }

    private static boolean hypotheticalBefore(ArticleAnalysis a, Sentence s, Mention m) {
        Lexicon lex = a.lexicon();
        int from = wordsBack(a, s, m.from(), HYPOTHETICAL_REACH);
        for (int j = from; j < m.from(); j++) {
            Mention covering = a.mentionAt(s.index(), j);
            // A blocked phrase ("as expected") or a date ("in May") holds no modal.
            boolean inert =
                    covering != null && (covering.has(Concept.Blocker.class) || covering.has(Concept.DateWord.class));
            if (lex.hypothetical().contains(a.norm(j)) && !inert && !reportedIntent(a, s, j)) {
                return true;
            }
        }
        return false;
    }

    /** "said on Friday it would impose": the modal reports a decision announced by the speaker. */
    private static boolean reportedIntent(ArticleAnalysis a, Sentence s, int modal) {
        if (!a.lexicon().reportedIntent().contains(a.norm(modal))) {
            return false;
        }
        for (int j = modal - 1; j >= Math.max(s.from(), modal - REPORTED_INTENT_REACH); j--) {
            Mention m = a.mentionAt(s.index(), j);
            if (m != null && m.has(Concept.SpeechVerb.class)) {
                return true;
            }
            if (a.lexicon().clauseBreaks().contains(a.norm(j))) {
                return false;
            }
        }
        return false;
    }

    /** "Israel's strike", "the Fed's decision": a possessed trigger names an event that exists. */
    private static boolean possessed(ArticleAnalysis a, Sentence s, Mention m) {
        return m.from() > s.from() && a.norm(m.from() - 1).equals("'s");
    }

    /** The token {@code words} words before {@code from}, an entity counting as one word. */
    static int wordsBack(ArticleAnalysis a, Sentence s, int from, int words) {
        int j = from;
        for (int w = 0; w < words && j > s.from(); w++) {
            Mention m = a.mentionAt(s.index(), j - 1);
            j = m != null && isEntity(m) ? Math.max(s.from(), m.from()) : j - 1;
        }
        return j;
    }

    private static final long ENTITIES = Mention.bit(Concept.Person.class)
            | Mention.bit(Concept.Institution.class)
            | Mention.bit(Concept.Country.class)
            | Mention.bit(Concept.Asset.class)
            | Mention.bit(Concept.Currency.class);

    private static boolean isEntity(Mention m) {
        return (m.kinds() & ENTITIES) != 0;
    }
}
