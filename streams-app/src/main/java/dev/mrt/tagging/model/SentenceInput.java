package dev.mrt.tagging.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One sentence of an article and what the rules found in it.
 *
 * @param index     position among the article's sentences
 * @param from      first token
 * @param to        token after the last
 * @param title     the sentence is (part of) the headline
 * @param paragraph index of its paragraph (the title is paragraph 0)
 * @param cues      what the rules' reading of the sentence shows, as short names (which
 *                  triggers and entity kinds are present, negation, hedges, dates, ...); a model
 *                  treats them as opaque features
 * @param ruleTypes event types the rules sighted in the sentence, with their confidence
 */
public record SentenceInput(
        int index, int from, int to, boolean title, int paragraph, List<String> cues, Map<String, Double> ruleTypes) {
    public SentenceInput {
        cues = List.copyOf(cues);
        ruleTypes = ruleTypes.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(ruleTypes));
    }
}
