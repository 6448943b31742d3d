package dev.mrt.tagging;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.events.EventDetector;
import dev.mrt.tagging.events.EventSighting;
import dev.mrt.tagging.events.MergedEvent;
import dev.mrt.tagging.links.InArticleLinker;
import dev.mrt.tagging.links.LinkBasis;
import dev.mrt.tagging.model.LinkDecision;
import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelDecision;
import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.model.MoveInput;
import dev.mrt.tagging.model.SentenceInput;
import dev.mrt.tagging.model.TaggingModel;
import dev.mrt.tagging.notes.MarketMove;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.Sentence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts the rules' findings before the {@link TaggingModel} and keeps what it decides: the
 * sightings of the event types it keeps, a sighting at the sentence it names for each type it
 * adds, the moves it takes for notes; then, once events and notes are linked, its word on
 * whether they are linked at all.
 */
final class ModelConsultation {
    private final TaggingModel model;
    private final Taxonomy taxonomy;
    private final EventDetector events;

    ModelConsultation(TaggingModel model, Taxonomy taxonomy, EventDetector events) {
        this.model = model;
        this.taxonomy = taxonomy;
        this.events = events;
    }

    /**
     * The findings the model keeps and adds, in the rules' order with additions at the end, and
     * the model's input, built on first use (a model that decides nothing may never need it).
     */
    static final class Findings {
        private final ArticleAnalysis analysis;
        private final List<EventSighting> ruleSightings;
        private final List<MarketMove> ruleMoves;
        private final List<EventSighting> sightings;
        private final List<MarketMove> moves;
        private final List<Integer> moveIndices;
        private ModelInput input;

        private Findings(
                ArticleAnalysis analysis,
                List<EventSighting> ruleSightings,
                List<MarketMove> ruleMoves,
                ModelInput input,
                List<EventSighting> sightings,
                List<MarketMove> moves,
                List<Integer> moveIndices) {
            this.analysis = analysis;
            this.ruleSightings = ruleSightings;
            this.ruleMoves = ruleMoves;
            this.input = input;
            this.sightings = sightings;
            this.moves = moves;
            this.moveIndices = moveIndices;
        }

        List<EventSighting> sightings() {
            return sightings;
        }

        List<MarketMove> moves() {
            return moves;
        }
    }

    Findings apply(ArticleAnalysis a, List<EventSighting> sightings, List<MarketMove> moves) {
        if (!model.decides()) {
            List<Integer> all = new ArrayList<>(moves.size());
            for (int i = 0; i < moves.size(); i++) {
                all.add(i);
            }
            return new Findings(a, sightings, moves, null, sightings, moves, all);
        }
        ModelInput input = input(a, sightings, moves);
        ModelDecision decision = model.decide(input);
        List<EventSighting> kept = new ArrayList<>();
        for (EventSighting e : sightings) {
            if (decision.eventTypes().containsKey(e.type())) {
                kept.add(e);
            }
        }
        decision.eventTypes().forEach((type, d) -> {
            if (kept.stream().noneMatch(e -> e.type().equals(type))
                    && sightings.stream().noneMatch(e -> e.type().equals(type))) {
                if (!taxonomy.eventTypes().contains(type)) {
                    throw new IllegalStateException(model + " gave an event type the taxonomy does not have: " + type);
                }
                if (d.sentence() < 0 || d.sentence() >= a.sentences().size()) {
                    throw new IllegalStateException(model + " placed " + type + " at no sentence: " + d.sentence());
                }
                EventSighting added = events.fromModel(a, a.sentences().get(d.sentence()), type, d.confidence());
                if (added != null) {
                    kept.add(added);
                }
            }
        });
        List<MarketMove> keptMoves = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            if (decision.keptMoves().get(i)) {
                keptMoves.add(moves.get(i));
                indices.add(i);
            }
        }
        return new Findings(a, sightings, moves, input, kept, keptMoves, indices);
    }

    /** The rules' links, unless the model reads the article otherwise. */
    List<InArticleLinker.Link> link(
            Findings findings, List<MergedEvent> found, List<MarketMove> notes, List<InArticleLinker.Link> links) {
        if (found.isEmpty() || notes.isEmpty()) {
            return links;
        }
        LinkInput asFound = new LinkInput(
                found.stream().map(MergedEvent::type).toList(),
                findings.moveIndices,
                links.stream().map(l -> l.basis().code()).toList());
        if (!model.weighs(asFound)) {
            return links;
        }
        if (findings.input == null) {
            findings.input = input(findings.analysis, findings.ruleSightings, findings.ruleMoves);
        }
        LinkDecision d = model.link(findings.input, asFound);
        return switch (d) {
            case AS_FOUND -> links;
            case NONE -> List.of();
            case LINKED -> links.isEmpty() ? List.of(nearest(found, notes)) : links;
        };
    }

    /** The event and note closest in the text, tied by no more than sharing the article. */
    private static InArticleLinker.Link nearest(List<MergedEvent> found, List<MarketMove> notes) {
        int bestEvent = 0;
        int bestNote = 0;
        int bestDistance = Integer.MAX_VALUE;
        for (int e = 0; e < found.size(); e++) {
            for (int n = 0; n < notes.size(); n++) {
                int distance = Math.abs(found.get(e).from() - notes.get(n).from());
                if (distance < bestDistance) {
                    bestDistance = distance;
                    bestEvent = e;
                    bestNote = n;
                }
            }
        }
        return new InArticleLinker.Link(bestEvent, bestNote, LinkBasis.SAME_ARTICLE, 0.4);
    }

    private ModelInput input(ArticleAnalysis a, List<EventSighting> sightings, List<MarketMove> moves) {
        List<Map<String, Double>> types = new ArrayList<>();
        a.sentences().forEach(s -> types.add(new HashMap<>()));
        for (EventSighting e : sightings) {
            types.get(e.sentence()).merge(e.type(), e.confidence(), Math::max);
        }
        List<SentenceInput> sentences = new ArrayList<>(a.sentences().size());
        for (Sentence s : a.sentences()) {
            sentences.add(new SentenceInput(
                    s.index(),
                    s.from(),
                    s.to(),
                    s.index() < a.firstBodySentence(),
                    s.paragraph(),
                    ModelCues.of(a, s),
                    types.get(s.index())));
        }
        List<MoveInput> in = new ArrayList<>(moves.size());
        for (MarketMove m : moves) {
            in.add(new MoveInput(
                    m.asset(),
                    taxonomy.familyOf(m.asset()),
                    taxonomy.assetClassOf(m.asset()).code(),
                    m.direction().code(),
                    m.modality().code(),
                    m.magnitude().code(),
                    List.copyOf(m.sentences()),
                    m.from(),
                    m.to(),
                    m.confidence()));
        }
        return new ModelInput(a.text(), a.tokens(), a.publishedDate(), sentences, in);
    }
}
