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
 * Trains the classifiers of a {@link LearnedModel} from passages read by the rules: per event
 * type, articles that report an event of it against those that do not; moves that are labelled
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
                Boolean label = typeLabel(r, type);
                if (label != null) {
                    events.add(new Event(label ? YES : NO, r.article()));
                    positives += label ? 1 : 0;
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
        out.put(LearnedModel.NOTE, train(notes, settings));
        List<Event> links = new ArrayList<>();
        for (RulesReading r : passages) {
            Boolean label = linkLabel(r);
            if (label != null) {
                links.add(new Event(label ? YES : NO, r.linkFeatures()));
            }
        }
        out.put(LearnedModel.LINK, train(links, settings));
        return out;
    }

    /**
     * Whether the passage reports an event of the type: yes when a labelled event has it as its
     * type, or as the option of an "any_of" that the rules found (else the first option); no
     * example (null) when it is only another option of an "any_of"; no otherwise.
     */
    static Boolean typeLabel(RulesReading r, String type) {
        Set<String> rules = r.ruleTypes();
        boolean other = false;
        for (List<String> options : r.passage().events()) {
            String chosen = options.stream().filter(rules::contains).findFirst().orElse(options.get(0));
            if (chosen.equals(type)) {
                return true;
            }
            other |= options.contains(type);
        }
        return other ? null : false;
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

    private static AbstractModel train(List<Event> events, TrainerSettings settings) {
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(settings.openNlp(), new HashMap<>());
            return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
