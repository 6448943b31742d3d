package dev.mrt.learning;

import dev.mrt.tagging.learned.LearnedModel;
import dev.mrt.tagging.learned.Thresholds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import opennlp.tools.ml.model.AbstractModel;

/**
 * k-fold cross-validation by story: for each fold of the corpus, classifiers trained on the
 * other folds, and what they say of the fold's passages (out-of-fold probabilities, from which
 * {@link ThresholdSearch} chooses thresholds).
 */
public final class CrossValidation {
    private CrossValidation() {}

    /** What the classifiers of the other folds say of one passage. */
    public record OutOfFold(
            RulesReading reading,
            List<String> types,
            double[] typeProbabilities,
            double[] noteProbabilities,
            double link) {}

    /**
     * The k-fold figures of a corpus: per fold, the model trained on the other folds, deciding at
     * {@code thresholds}, or, when null, at thresholds chosen on the other folds' out-of-fold
     * probabilities.
     *
     * @param thresholds the thresholds per fold, as decided
     */
    public record Figures(KFoldFigures figures, Map<Integer, Thresholds> thresholds) {}

    public static Figures figures(CorpusReadings c, TrainerSettings settings, Thresholds thresholds) {
        Map<Integer, LearnedModel> folds = train(c.readings(), c.types(), settings, new Thresholds(0, 1, 0, 0, 1));
        Map<Integer, LearnedModel> deciding;
        if (thresholds == null) {
            deciding = withThresholdsOfOtherFolds(folds, outOfFold(c.readings(), folds));
        } else {
            deciding = new TreeMap<>();
            folds.forEach((fold, m) -> deciding.put(fold, m.withThresholds(thresholds)));
        }
        Map<Integer, Thresholds> used = new TreeMap<>();
        deciding.forEach((fold, m) -> used.put(fold, m.thresholds()));
        return new Figures(KFoldFigures.of(c.tagger(), c.readings(), deciding), used);
    }

    /** The folds of the corpus, in order; every passage must have one. */
    public static List<Integer> folds(List<RulesReading> passages) {
        TreeSet<Integer> folds = new TreeSet<>();
        for (RulesReading r : passages) {
            if (r.passage().fold() < 0) {
                throw new IllegalArgumentException("passage " + r.passage().id() + " has no fold");
            }
            folds.add(r.passage().fold());
        }
        if (folds.size() < 2) {
            throw new IllegalArgumentException("cross-validation needs at least two folds, got " + folds);
        }
        return new ArrayList<>(folds);
    }

    /** Per fold, the model trained on the passages of every other fold. */
    public static Map<Integer, LearnedModel> train(
            List<RulesReading> passages, List<String> types, TrainerSettings settings, Thresholds thresholds) {
        Map<Integer, LearnedModel> out = new TreeMap<>();
        for (int fold : folds(passages)) {
            List<RulesReading> rest =
                    passages.stream().filter(r -> r.passage().fold() != fold).toList();
            Map<String, AbstractModel> classifiers = Trainer.train(rest, types, settings);
            out.put(fold, LearnedModel.of(classifiers, thresholds, "fold-" + fold));
        }
        return out;
    }

    /**
     * The fold models, each deciding at thresholds chosen on the other folds' out-of-fold
     * probabilities: a fold's figures then owe nothing to its own labels.
     */
    public static Map<Integer, LearnedModel> withThresholdsOfOtherFolds(
            Map<Integer, LearnedModel> models, List<OutOfFold> oof) {
        Map<Integer, LearnedModel> out = new TreeMap<>();
        models.forEach((fold, m) -> out.put(
                fold,
                m.withThresholds(ThresholdSearch.choose(oof.stream()
                        .filter(o -> o.reading().passage().fold() != fold)
                        .toList()))));
        return out;
    }

    public static List<OutOfFold> outOfFold(List<RulesReading> passages, Map<Integer, LearnedModel> models) {
        List<OutOfFold> out = new ArrayList<>();
        for (RulesReading r : passages) {
            LearnedModel m = models.get(r.passage().fold());
            double[] notes = new double[r.input().moves().size()];
            for (int i = 0; i < notes.length; i++) {
                notes[i] = m.noteProbability(r.input(), i);
            }
            double link = r.links() == null ? Double.NaN : m.linkProbability(r.input(), r.links());
            out.add(new OutOfFold(r, m.types(), m.typeProbabilities(r.input()), notes, link));
        }
        return out;
    }
}
