package dev.mrt.tagging.learned;

import dev.mrt.tagging.model.LinkDecision;
import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelDecision;
import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.model.SentenceInput;
import dev.mrt.tagging.model.TaggingModel;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The learned layer: binary maxent classifiers trained with OpenNLP from the labelled corpus
 * (see {@code train-model}), one per event type reading each sentence, one deciding
 * whether a market move is a note of the story, one deciding whether the article ties its
 * events to its notes. Each reads the words and what the rules found ({@link Features}).
 *
 * <p>How it combines with the rules ({@link Thresholds}): an event type the rules sighted is
 * kept unless its classifier finds it unlikely; a type they missed is added when its classifier
 * is confident, at the sentence it scores highest (the rules then give it countries and actors
 * from that sentence); an article's probability of a type is that of its best sentence; a move is a note when the note classifier says so; the rules'
 * links are dropped when the link classifier finds the article does not tie events to moves,
 * and one is made when it finds it does and the rules made none.
 *
 * <p>Immutable and thread-safe: scoring allocates per call and reads shared tables only.
 */
public final class LearnedModel implements TaggingModel {
    /**
     * Classifier names in a {@link ModelBundle}: one per event type after this prefix, and the note
     * and link classifiers (a model trained on too few examples of either may lack it).
     */
    public static final String EVENT_PREFIX = "event:";

    public static final String NOTE = "note";
    public static final String LINK = "link";

    private final List<String> types;
    private final WeightTable events;
    private final WeightTable notes;
    private final WeightTable links;
    private final Thresholds thresholds;
    private final String version;

    private LearnedModel(
            List<String> types,
            WeightTable events,
            WeightTable notes,
            WeightTable links,
            Thresholds thresholds,
            String version) {
        this.types = List.copyOf(types);
        this.events = events;
        this.notes = notes;
        this.links = links;
        this.thresholds = thresholds;
        this.version = version;
    }

    /**
     * The model of these classifiers (named as in {@link ModelBundle}: {@code event:TYPE} for each
     * type, {@link #NOTE}, {@link #LINK}).
     */
    public static LearnedModel of(Map<String, AbstractModel> classifiers, Thresholds thresholds, String version) {
        List<String> types = new ArrayList<>();
        List<AbstractModel> eventModels = new ArrayList<>();
        for (Map.Entry<String, AbstractModel> c : new TreeMap<>(classifiers).entrySet()) {
            if (c.getKey().startsWith(EVENT_PREFIX)) {
                types.add(c.getKey().substring(EVENT_PREFIX.length()));
                eventModels.add(c.getValue());
            }
        }
        AbstractModel note = classifiers.get(NOTE);
        AbstractModel link = classifiers.get(LINK);
        return new LearnedModel(
                types,
                WeightTable.of(eventModels),
                note == null ? null : WeightTable.of(List.of(note)),
                link == null ? null : WeightTable.of(List.of(link)),
                thresholds,
                version);
    }

    /** The same classifiers deciding at other thresholds. */
    public LearnedModel withThresholds(Thresholds t) {
        return new LearnedModel(types, events, notes, links, t, version);
    }

    @Override
    public boolean consulted() {
        return true;
    }

    /** At thresholds that keep every sighted type and move and add no type, nothing is decided. */
    @Override
    public boolean decides() {
        return thresholds.readsEventTypes() || readsMoves();
    }

    private boolean readsMoves() {
        return notes != null && !thresholds.keepsEveryMove();
    }

    /** The rules' links are only weighed when an {@code unlink} threshold above 0 can drop them. */
    @Override
    public boolean weighs(LinkInput found) {
        return found.bases().isEmpty() || thresholds.unlink() > 0;
    }

    @Override
    public ModelDecision decide(ModelInput in) {
        boolean readsMoves = readsMoves();
        Words words = thresholds.readsEventTypes() || readsMoves ? Words.of(in) : null;
        Set<String> sighted = sightedTypes(in);
        Map<String, ModelDecision.TypeDecision> decided = new TreeMap<>();
        if (thresholds.readsEventTypes()) {
            decideTypes(in, words, sighted, decided);
        } else {
            // Thresholds that keep every sighted type and add none leave the types to the rules:
            // no sentence is scored.
            for (String type : sighted) {
                decided.put(type, new ModelDecision.TypeDecision(1.0, -1));
            }
        }
        // A type the rules sighted that no classifier knows (a new taxonomy type) stays.
        for (String type : sighted) {
            if (!types.contains(type)) {
                decided.put(type, new ModelDecision.TypeDecision(1.0, -1));
            }
        }
        BitSet kept = new BitSet();
        if (!readsMoves) {
            kept.set(0, in.moves().size());
        } else {
            Scoring scoring = new Scoring(notes);
            for (int i = 0; i < in.moves().size(); i++) {
                if (noteProbability(in, words, i, scoring) >= thresholds.note()) {
                    kept.set(i);
                }
            }
        }
        return new ModelDecision(decided, kept);
    }

    private void decideTypes(
            ModelInput in, Words words, Set<String> sighted, Map<String, ModelDecision.TypeDecision> decided) {
        // At keep 0 a sighted type's probability is never weighed, so the sentences the rules
        // read as events need no scoring at all: a type is only added where they read none.
        double[][] bySentence = sentenceProbabilities(in, words, thresholds.keepsEverySighted());
        for (int j = 0; j < types.size(); j++) {
            String type = types.get(j);
            if (sighted.contains(type)) {
                double p = 1;
                if (!thresholds.keepsEverySighted()) {
                    p = 0;
                    for (double[] s : bySentence) {
                        p = Math.max(p, s[j]);
                    }
                }
                if (p >= thresholds.keep()) {
                    decided.put(type, new ModelDecision.TypeDecision(p, -1));
                }
                continue;
            }
            // A type the rules missed is read only where they read no event: a sentence they took
            // for another event is theirs (reading it as this type too would merge into or drop it).
            int best = -1;
            for (SentenceInput s : in.sentences()) {
                if (s.ruleTypes().isEmpty() && (best < 0 || bySentence[s.index()][j] > bySentence[best][j])) {
                    best = s.index();
                }
            }
            if (best >= 0 && thresholds.adds(bySentence[best][j])) {
                decided.put(type, new ModelDecision.TypeDecision(bySentence[best][j], best));
            }
        }
    }

    @Override
    public LinkDecision link(ModelInput in, LinkInput found) {
        double p = linkProbability(in, found);
        if (!found.bases().isEmpty() && p < thresholds.unlink()) {
            return LinkDecision.NONE;
        }
        if (found.bases().isEmpty() && p >= thresholds.link()) {
            return LinkDecision.LINKED;
        }
        return LinkDecision.AS_FOUND;
    }

    /**
     * Per sentence, the probability per type of {@link #types()} that the sentence reports an
     * event of it (0 for a sentence that may report none, {@link Features#mayReportEvent}).
     */
    public double[][] sentenceProbabilities(ModelInput in) {
        return sentenceProbabilities(in, Words.of(in), false);
    }

    private double[][] sentenceProbabilities(ModelInput in, Words words, boolean skipSighted) {
        double[][] out = new double[in.sentences().size()][];
        String[] articleTypes = Features.articleTypes(in);
        Scoring sc = new Scoring(events);
        double[] none = new double[types.size()];
        for (SentenceInput s : in.sentences()) {
            if (!Features.mayReportEvent(s) || skipSighted && !s.ruleTypes().isEmpty()) {
                out[s.index()] = none;
                continue;
            }
            sc.reset();
            Features.sentence(in, words, s, sc, articleTypes);
            out[s.index()] = sc.probabilities();
        }
        return out;
    }

    /**
     * Per type of {@link #types()}, the probability {@link #decide} weighs: for a type the rules
     * sighted, its best sentence's; for another, its best sentence's among those where the rules
     * sighted no event.
     */
    public double[] typeProbabilities(ModelInput in) {
        double[][] bySentence = sentenceProbabilities(in);
        Set<String> sighted = sightedTypes(in);
        double[] p = new double[types.size()];
        for (SentenceInput s : in.sentences()) {
            for (int j = 0; j < p.length; j++) {
                if (sighted.contains(types.get(j)) || s.ruleTypes().isEmpty()) {
                    p[j] = Math.max(p[j], bySentence[s.index()][j]);
                }
            }
        }
        return p;
    }

    /** The probability that the move at {@code index} is a note of the story (1 without a note classifier). */
    public double noteProbability(ModelInput in, int index) {
        return noteProbability(in, Words.of(in), index, notes == null ? null : new Scoring(notes));
    }

    private double noteProbability(ModelInput in, Words words, int index, Scoring s) {
        if (notes == null) {
            return 1;
        }
        s.reset();
        Features.move(in, words, index, s);
        return s.probabilities()[0];
    }

    /**
     * The probability that the article ties its events to its notes; without a link classifier,
     * 1 when the rules linked them and 0 when not.
     */
    public double linkProbability(ModelInput in, LinkInput found) {
        if (links == null) {
            return found.bases().isEmpty() ? 0 : 1;
        }
        Scoring s = new Scoring(links);
        Features.links(in, found, s);
        return s.probabilities()[0];
    }

    private static Set<String> sightedTypes(ModelInput in) {
        Set<String> out = new HashSet<>();
        for (SentenceInput s : in.sentences()) {
            out.addAll(s.ruleTypes().keySet());
        }
        return out;
    }

    /** The event types the model has a classifier for, in the order of {@link #typeProbabilities}. */
    public List<String> types() {
        return types;
    }

    public Thresholds thresholds() {
        return thresholds;
    }

    @Override
    public String version() {
        return version;
    }

    /** Bytes of the weight tables, for the memory report. */
    public long tableBytes() {
        return events.bytes() + (notes == null ? 0 : notes.bytes()) + (links == null ? 0 : links.bytes());
    }

    @Override
    public String toString() {
        return "learned model " + version;
    }
}
