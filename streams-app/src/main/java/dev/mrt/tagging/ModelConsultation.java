package dev.mrt.tagging;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.events.EventDetector;
import dev.mrt.tagging.events.EventSighting;
import dev.mrt.tagging.model.SentenceDecision;
import dev.mrt.tagging.model.SentenceInput;
import dev.mrt.tagging.model.SentenceModel;
import dev.mrt.tagging.notes.MarketMove;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.Sentence;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the rules' findings before the {@link SentenceModel}, sentence by sentence, and keeps
 * what it decides: sightings of the types it keeps, sightings built for the types it adds, and
 * the moves of sentences whose moves it takes for notes (a move stated in several sentences
 * stays while one of them is).
 */
final class ModelConsultation {
    private final SentenceModel model;
    private final Taxonomy taxonomy;
    private final EventDetector events;

    ModelConsultation(SentenceModel model, Taxonomy taxonomy, EventDetector events) {
        this.model = model;
        this.taxonomy = taxonomy;
        this.events = events;
    }

    /** The findings the model keeps and adds, in the rules' order with additions after their sentence's. */
    record Findings(List<EventSighting> sightings, List<MarketMove> moves) {}

    Findings apply(ArticleAnalysis a, List<EventSighting> sightings, List<MarketMove> moves) {
        List<List<EventSighting>> bySentence = new ArrayList<>();
        a.sentences().forEach(s -> bySentence.add(new ArrayList<>()));
        sightings.forEach(e -> bySentence.get(e.sentence()).add(e));
        BitSet withMoves = new BitSet();
        moves.forEach(m -> m.sentences().forEach(withMoves::set));

        List<EventSighting> kept = new ArrayList<>();
        BitSet notes = new BitSet();
        for (Sentence s : a.sentences()) {
            List<EventSighting> here = bySentence.get(s.index());
            Map<String, Double> ruleTypes = new HashMap<>();
            here.forEach(e -> ruleTypes.merge(e.type(), e.confidence(), Math::max));
            SentenceDecision decision = model.decide(
                    new SentenceInput(
                            s.index(), a.textOf(s.from(), s.to()), s.index() < a.firstBodySentence(), s.paragraph()),
                    new SentenceDecision(ruleTypes, withMoves.get(s.index())));
            for (EventSighting e : here) {
                if (decision.eventTypes().containsKey(e.type())) {
                    kept.add(e);
                }
            }
            decision.eventTypes().forEach((type, confidence) -> {
                if (!ruleTypes.containsKey(type)) {
                    if (!taxonomy.eventTypes().contains(type)) {
                        throw new IllegalStateException(
                                model + " gave an event type the taxonomy does not have: " + type);
                    }
                    EventSighting added = events.fromModel(a, s, type, confidence);
                    if (added != null) {
                        kept.add(added);
                    }
                }
            });
            if (decision.notes()) {
                notes.set(s.index());
            }
        }
        List<MarketMove> keptMoves = new ArrayList<>();
        for (MarketMove m : moves) {
            if (m.sentences().stream().anyMatch(notes::get)) {
                keptMoves.add(m);
            }
        }
        return new Findings(kept, keptMoves);
    }
}
