package dev.mrt.tagging.model;

import java.util.List;

/**
 * The article's events and notes as decided, and how the rules linked them.
 *
 * @param eventTypes the type of each event, in order
 * @param notes      indices (into {@link ModelInput#moves()}) of the notes, in order
 * @param bases      the basis code of each link the rules made (empty: none)
 */
public record LinkInput(List<String> eventTypes, List<Integer> notes, List<String> bases) {
    public LinkInput {
        eventTypes = List.copyOf(eventTypes);
        notes = List.copyOf(notes);
        bases = List.copyOf(bases);
    }
}
