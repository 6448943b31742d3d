package dev.mrt.learning;

import dev.mrt.offline.GoldScorer;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.learned.LearnedModel;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The k-fold figures by story: each fold's passages tagged by the rules alone and by the rules
 * with the model trained on the other folds, scored as {@code evaluate} scores; per fold and
 * pooled over all folds.
 */
public final class KFoldFigures {
    private final Map<Integer, GoldScorer> rules = new LinkedHashMap<>();
    private final Map<Integer, GoldScorer> model = new LinkedHashMap<>();
    private final Map<Integer, Integer> passages = new LinkedHashMap<>();
    private final GoldScorer pooledRules;
    private final GoldScorer pooledModel;

    private KFoldFigures(ArticleTagger tagger) {
        pooledRules = new GoldScorer(tagger.taxonomy());
        pooledModel = new GoldScorer(tagger.taxonomy());
    }

    public static KFoldFigures of(
            ArticleTagger tagger, List<RulesReading> readings, Map<Integer, LearnedModel> foldModels) {
        KFoldFigures f = new KFoldFigures(tagger);
        ArticleTagger rulesOnly = tagger.rulesOnly();
        for (Map.Entry<Integer, LearnedModel> fold : foldModels.entrySet()) {
            ArticleTagger withModel = rulesOnly.withModel(fold.getValue());
            GoldScorer r = f.rules.computeIfAbsent(fold.getKey(), k -> new GoldScorer(tagger.taxonomy()));
            GoldScorer m = f.model.computeIfAbsent(fold.getKey(), k -> new GoldScorer(tagger.taxonomy()));
            for (RulesReading reading : readings) {
                LabelledPassage p = reading.passage();
                if (p.fold() != fold.getKey()) {
                    continue;
                }
                f.passages.merge(fold.getKey(), 1, Integer::sum);
                var byRules = rulesOnly.tag(p.article());
                var byModel = withModel.tag(p.article());
                r.add(p.id(), p.gold(), byRules);
                m.add(p.id(), p.gold(), byModel);
                f.pooledRules.add(p.id(), p.gold(), byRules);
                f.pooledModel.add(p.id(), p.gold(), byModel);
            }
        }
        return f;
    }

    public GoldScorer pooledModel() {
        return pooledModel;
    }

    public GoldScorer pooledRules() {
        return pooledRules;
    }

    public void print(PrintWriter out) {
        out.println(
                "| fold | passages | rules only: events F1 (P / R) | notes F1 | links | with model: events F1 (P / R) | notes F1 | links |");
        out.println("|---|---:|---|---:|---:|---|---:|---:|");
        for (int fold : rules.keySet()) {
            out.println(row(Integer.toString(fold), passages.getOrDefault(fold, 0), rules.get(fold), model.get(fold)));
        }
        int total = passages.values().stream().mapToInt(Integer::intValue).sum();
        out.println(row("pooled", total, pooledRules, pooledModel));
        double[] spread = spread();
        out.println(String.format(
                Locale.ROOT,
                "with model, spread over folds (max - min): events F1 %.3f, notes F1 %.3f, links %.3f",
                spread[0],
                spread[1],
                spread[2]));
    }

    /** Max minus min over folds of the model's events F1, notes F1 and links accuracy. */
    public double[] spread() {
        double[] min = {1, 1, 1};
        double[] max = {0, 0, 0};
        for (GoldScorer s : model.values()) {
            double[] v = {s.events().f1(), s.notes().f1(), s.linkAccuracy()};
            for (int i = 0; i < 3; i++) {
                min[i] = Math.min(min[i], v[i]);
                max[i] = Math.max(max[i], v[i]);
            }
        }
        return new double[] {max[0] - min[0], max[1] - min[1], max[2] - min[2]};
    }

    /** The figures as metadata entries ({@code kfold.rules.events_f1}, {@code kfold.model.fold0.notes_f1}, ...). */
    public Map<String, String> asMetadata() {
        Map<String, String> m = new LinkedHashMap<>();
        put(m, "kfold.rules.", pooledRules);
        put(m, "kfold.model.", pooledModel);
        for (int fold : model.keySet()) {
            put(m, "kfold.model.fold" + fold + ".", model.get(fold));
        }
        return m;
    }

    private static void put(Map<String, String> m, String prefix, GoldScorer s) {
        m.put(prefix + "events_f1", f(s.events().f1()));
        m.put(prefix + "events_precision", f(s.events().precision()));
        m.put(prefix + "events_recall", f(s.events().recall()));
        m.put(prefix + "notes_f1", f(s.notes().f1()));
        m.put(prefix + "notes_mod_f1", f(s.notesModality().f1()));
        m.put(prefix + "links_acc", f(s.linkAccuracy()));
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String row(String name, int n, GoldScorer r, GoldScorer m) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %.3f (%.3f / %.3f) | %.3f | %.3f | %.3f (%.3f / %.3f) | %.3f | %.3f |",
                name,
                n,
                r.events().f1(),
                r.events().precision(),
                r.events().recall(),
                r.notes().f1(),
                r.linkAccuracy(),
                m.events().f1(),
                m.events().precision(),
                m.events().recall(),
                m.notes().f1(),
                m.linkAccuracy());
    }
}
