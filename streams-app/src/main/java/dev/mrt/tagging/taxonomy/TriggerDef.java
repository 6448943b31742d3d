package dev.mrt.tagging.taxonomy;

/**
 * A phrase that signals a political event.
 *
 * @param eventType           event type code, or {@link #MEETING} for meetings typed by participants
 * @param requires            what the sentence must hold for the trigger to count
 * @param weak                a weak trigger yields to a strong one in the same sentence
 * @param typeWithCentralBank event type when a central bank acts (a "bailout" by a central bank)
 */
public record TriggerDef(
        String eventType,
        String phrase,
        Requirement requires,
        boolean weak,
        double confidence,
        String typeWithCentralBank) {

    /** The event type of a meeting trigger until the participants decide it. */
    public static final String MEETING = "meeting";

    public enum Requirement {
        NONE,
        COUNTRY,
        TWO_COUNTRIES,
        TWO_LEADERS,
        LEADER_AND_FOREIGN,
        CENTRAL_BANK,
        MEETING,
        OFFICE_HOLDER
    }
}
