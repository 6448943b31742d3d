package dev.mrt.tagging.model;

import java.util.BitSet;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the learned layer decides an article carries.
 *
 * @param eventTypes the event types to emit. A type the rules sighted is kept with all its
 *                   sightings; a type they did not is added at {@link TypeDecision#sentence()};
 *                   a rules' type missing here is dropped
 * @param keptMoves  indices (into {@link ModelInput#moves()}) of the moves that are notes
 */
public record ModelDecision(Map<String, TypeDecision> eventTypes, BitSet keptMoves) {
    public ModelDecision {
        eventTypes = Collections.unmodifiableMap(new TreeMap<>(eventTypes));
        keptMoves = (BitSet) keptMoves.clone();
    }

    /**
     * One event type to emit.
     *
     * @param confidence how sure the model is that the article reports an event of the type
     * @param sentence   where to place it when the rules did not sight it (the sentence that reads
     *                   most like it); ignored for a type the rules sighted
     */
    public record TypeDecision(double confidence, int sentence) {}

    /** Keeps everything the rules found. */
    public static ModelDecision agreeing(ModelInput article) {
        Map<String, TypeDecision> types = new TreeMap<>();
        for (SentenceInput s : article.sentences()) {
            s.ruleTypes()
                    .forEach((type, confidence) -> types.putIfAbsent(type, new TypeDecision(confidence, s.index())));
        }
        BitSet all = new BitSet();
        all.set(0, article.moves().size());
        return new ModelDecision(types, all);
    }
}
