package dev.mrt.tagging.taxonomy;

import java.util.List;

/** What a matched phrase means. One phrase may carry several concepts ("call" is a trigger and a reference). */
public sealed interface Concept {

    /** Entities: a phrase may carry at most one entity meaning (the loader enforces it). */
    sealed interface Entity extends Concept {
        String identity();
    }

    /**
     * An asset mention. {@code code} is null for a generic mention ("stocks", "yields") that
     * the country context resolves. {@code priceQuoted} marks bond prices ("Treasuries fell").
     */
    record Asset(String code, AssetClass assetClass, String tenor, boolean priceQuoted, boolean requiresTenor)
            implements Entity {
        @Override
        public String identity() {
            return "asset "
                    + (code != null
                            ? code
                            : assetClass.code() + (tenor != null ? " " + tenor : "") + (priceQuoted ? " (price)" : ""));
        }
    }

    /** A currency; {@code code} null with candidates for "peso", or null and empty for "the currency". */
    record Currency(String code, List<String> candidates) implements Entity {
        @Override
        public String identity() {
            return "currency " + (code != null ? code : candidates.toString());
        }
    }

    record Country(String code) implements Entity {
        @Override
        public String identity() {
            return "country " + code;
        }
    }

    record Person(PersonDef person) implements Entity {
        @Override
        public String identity() {
            return "person " + person.name();
        }
    }

    record Institution(InstitutionDef institution) implements Entity {
        @Override
        public String identity() {
            return "institution " + institution.name();
        }
    }

    record Tenor(String tenor) implements Concept {}

    /**
     * How a move word finds its asset; SPREAD words ("widened") only ever describe spreads;
     * LEVEL words ("was at", "stood at") state a level and make a move only with two quoted
     * levels after them ("the euro was at $1.0713 from $1.0732").
     */
    enum Syntax {
        INTRANSITIVE,
        TRANSITIVE,
        NOUN_OF,
        WEAK,
        SPREAD,
        LEVEL
    }

    record DirectionWord(Direction direction, Magnitude magnitude, Syntax syntax) implements Concept {}

    record MagnitudeWord(Magnitude magnitude) implements Concept {}

    record ModalityMarker(Modality modality) implements Concept {}

    /** {@code complementScope}: "doubt", "deny" negate the clause that follows them. */
    record Negation(boolean complementScope) implements Concept {}

    /** "said" (source before it) or "according to" (source after it). */
    record Attribution(boolean sourceFollows) implements Concept {}

    record CausalCue() implements Concept {}

    /** A noun that refers back to an event of these types ("the call", "the decision"). */
    record Reference(List<String> eventTypes) implements Concept {}

    record Trigger(TriggerDef trigger) implements Concept {}

    record RiskWord(Direction direction) implements Concept {}

    enum DateKind {
        WEEKDAY,
        MONTH,
        RELATIVE_DAYS
    }

    record DateWord(DateKind kind, int value) implements Concept {}

    /** "against", "versus", "per": introduces the counter-currency of an FX move. */
    record CounterCurrency() implements Concept {}

    /**
     * A reporting verb; with a government or central-bank speaker it makes a statement or guidance
     * event. A {@code reaction} ("condemned", "rejected") answers an event: the statement stands
     * beside it.
     */
    record SpeechVerb(boolean reaction) implements Concept {}

    /** "it", "they", "the currency": refers back to the last asset of the same kind. */
    record Anaphor(AssetClass assetClass) implements Concept {}

    /** Something that moves but is not an asset ("inflation rose"): a move after it is not an earlier asset's. */
    record OtherSubject() implements Concept {}

    /** Consumes a phrase so that its words mean nothing on their own ("than expected", "in dollar terms"). */
    record Blocker() implements Concept {}

    /** "so far this year", "since January": a move stated in its clause is history, not a note. */
    record History() implements Concept {}
}
