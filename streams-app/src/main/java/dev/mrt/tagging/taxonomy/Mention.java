package dev.mrt.tagging.taxonomy;

import java.util.List;

/**
 * A matched phrase: token range [from, to) and what it means. {@code kinds} has one bit per
 * concept class present, so that the many "is this a direction word?" questions the
 * extractors ask cost a mask test (the class-to-bit chain folds to a constant where the class
 * is a literal).
 */
public record Mention(int from, int to, List<Concept> concepts, long kinds) {

    public Mention(int from, int to, List<Concept> concepts) {
        this(from, to, concepts, kindsOf(concepts));
    }

    public static long kindsOf(List<Concept> concepts) {
        long k = 0;
        for (int i = 0, n = concepts.size(); i < n; i++) {
            k |= bit(concepts.get(i).getClass());
        }
        return k;
    }

    public static long bit(Class<?> type) {
        if (type == Concept.Asset.class) {
            return 1L << 0;
        }
        if (type == Concept.Currency.class) {
            return 1L << 1;
        }
        if (type == Concept.Country.class) {
            return 1L << 2;
        }
        if (type == Concept.Person.class) {
            return 1L << 3;
        }
        if (type == Concept.Institution.class) {
            return 1L << 4;
        }
        if (type == Concept.Tenor.class) {
            return 1L << 5;
        }
        if (type == Concept.DirectionWord.class) {
            return 1L << 6;
        }
        if (type == Concept.MagnitudeWord.class) {
            return 1L << 7;
        }
        if (type == Concept.ModalityMarker.class) {
            return 1L << 8;
        }
        if (type == Concept.Negation.class) {
            return 1L << 9;
        }
        if (type == Concept.Attribution.class) {
            return 1L << 10;
        }
        if (type == Concept.CausalCue.class) {
            return 1L << 11;
        }
        if (type == Concept.Reference.class) {
            return 1L << 12;
        }
        if (type == Concept.Trigger.class) {
            return 1L << 13;
        }
        if (type == Concept.RiskWord.class) {
            return 1L << 14;
        }
        if (type == Concept.DateWord.class) {
            return 1L << 15;
        }
        if (type == Concept.CounterCurrency.class) {
            return 1L << 16;
        }
        if (type == Concept.SpeechVerb.class) {
            return 1L << 17;
        }
        if (type == Concept.Anaphor.class) {
            return 1L << 18;
        }
        if (type == Concept.OtherSubject.class) {
            return 1L << 19;
        }
        if (type == Concept.Blocker.class) {
            return 1L << 20;
        }
        if (type == Concept.History.class) {
            return 1L << 21;
        }
        return -1L;
    }

    public <T extends Concept> T get(Class<T> type) {
        if ((kinds & bit(type)) == 0) {
            return null;
        }
        for (int i = 0, n = concepts.size(); i < n; i++) {
            Concept c = concepts.get(i);
            if (type.isInstance(c)) {
                return type.cast(c);
            }
        }
        return null;
    }

    public boolean has(Class<? extends Concept> type) {
        return (kinds & bit(type)) != 0 && get(type) != null;
    }
}
