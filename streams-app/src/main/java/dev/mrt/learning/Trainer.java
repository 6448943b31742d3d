package dev.mrt.learning;

import dev.mrt.tagging.learned.LearnedModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStreamUtils;

/**
 * Trains the classifiers of a {@link LearnedModel} from passages read by the rules (a classifier
 * whose examples are all of one outcome is not trained: it could not decide anything): per event
 * type, sentences that hold the evidence of an event of it against those of passages without one; moves that are labelled
 * notes against those that are not; articles whose labels link events to notes against those
 * that do not (among those where the rules found both). Deterministic for the same passages in
 * the same order.
 */
public final class Trainer {
    private static final String YES = "1";
    private static final String NO = "0";

    private Trainer() {}

    /** The classifiers, named as {@link LearnedModel#of} expects; a type with no positive example gets none. */
    public static Map<String, AbstractModel> train(
            List<RulesReading> passages, List<String> types, TrainerSettings settings) {
        Map<String, AbstractModel> out = new TreeMap<>();
        for (String type : types) {
            List<Event> events = new ArrayList<>();
            int positives = 0;
            for (RulesReading r : passages) {
                Boolean[] labels = sentenceLabels(r, type);
                for (int s = 0; s < labels.length; s++) {
                    if (labels[s] != null && r.sentences().get(s) != null) {
                        events.add(new Event(labels[s] ? YES : NO, r.sentences().get(s)));
                        positives += labels[s] ? 1 : 0;
                    }
                }
            }
            if (positives > 0 && positives < events.size()) {
                out.put(LearnedModel.EVENT_PREFIX + type, train(events, settings));
            }
        }
        List<Event> notes = new ArrayList<>();
        for (RulesReading r : passages) {
            for (int i = 0; i < r.moves().size(); i++) {
                notes.add(new Event(noteLabel(r, i) ? YES : NO, r.moves().get(i)));
            }
        }
        if (bothOutcomes(notes)) {
            out.put(LearnedModel.NOTE, train(notes, settings));
        }
        List<Event> links = new ArrayList<>();
        for (RulesReading r : passages) {
            Boolean label = linkLabel(r);
            if (label != null) {
                links.add(new Event(label ? YES : NO, r.linkFeatures()));
            }
        }
        if (bothOutcomes(links)) {
            out.put(LearnedModel.LINK, train(links, settings));
        }
        return out;
    }

    /**
     * Per sentence, whether it reports an event of the type: yes for the sentences holding the
     * evidence of a labelled event of the type (for an "any_of" event, of the option the rules
     * found, else the first); no for every sentence of a passage without such an event; no
     * example (null) for the other sentences of a passage with one (they may speak of it
     * without being its evidence) and where the type is only another option of an "any_of".
     */
    static Boolean[] sentenceLabels(RulesReading r, String type) {
        Boolean[] labels = new Boolean[r.sentences().size()];
        Set<String> rules = r.ruleTypes();
        boolean present = false;
        boolean other = false;
        java.util.Set<Integer> evidence = new java.util.TreeSet<>();
        List<List<String>> events = r.passage().events();
        for (int e = 0; e < events.size(); e++) {
            List<String> options = events.get(e);
            String chosen = options.stream().filter(rules::contains).findFirst().orElse(options.get(0));
            if (chosen.equals(type)) {
                present = true;
                evidence.addAll(r.evidenceSentences(e));
            } else if (options.contains(type)) {
                other = true;
            }
        }
        for (int s = 0; s < labels.length; s++) {
            if (evidence.contains(s)) {
                labels[s] = true;
            } else if (!present && !other) {
                labels[s] = false;
            }
        }
        return labels;
    }

    static boolean noteLabel(RulesReading r, int move) {
        var m = r.input().moves().get(move);
        return r.passage().notes().contains(LabelledCorpus.noteKey(m.family(), m.direction()));
    }

    /** Whether the labels link the events to the notes, where both sides have events and notes. */
    static Boolean linkLabel(RulesReading r) {
        if (r.links() == null
                || r.passage().events().isEmpty()
                || r.passage().notes().isEmpty()) {
            return null;
        }
        return r.passage().linked();
    }

    private static boolean bothOutcomes(List<Event> events) {
        return events.stream().map(Event::getOutcome).distinct().count() == 2;
    }

    private static AbstractModel train(List<Event> events, TrainerSettings settings) {
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(settings.openNlp(), new HashMap<>());
            return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
