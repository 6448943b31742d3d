package dev.mrt.tagging.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one sentence carries.
 *
 * @param eventTypes event type codes of the taxonomy, each with the confidence that the sentence
 *                   reports an event of that type
 * @param notes      whether the market moves stated in the sentence are notes of the story (false:
 *                   background, history, or not a market at all)
 */
public record SentenceDecision(Map<String, Double> eventTypes, boolean notes) {
    public SentenceDecision {
        eventTypes = java.util.Collections.unmodifiableMap(new TreeMap<>(eventTypes));
    }
}
