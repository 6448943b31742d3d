package dev.mrt.learning;

import dev.mrt.tagging.learned.Thresholds;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the {@link Thresholds} that score best on out-of-fold probabilities, each group on a
 * grid: keep/add for event types by the F1 of the passages' type sets; note by the F1 of their
 * (family, direction) sets; unlink/link by link accuracy on passages labelled with events and
 * notes. Scored as {@code score.py} scores, on what the rules found and the classifiers said
 * (an added type counts as emitted; the tagger's own figures come from tagging). Of the
 * thresholds within {@link #TOLERANCE} of the best, the one that changes the rules' output least
 * is taken (keep and unlink lowest, add and link highest, note lowest).
 */
public final class ThresholdSearch {
    private ThresholdSearch() {}

    /**
     * How much worse than the best a threshold may score and still be preferred for changing the
     * rules' output less: the out-of-fold curves are flat near their best (a few hundredths of
     * F1 over wide ranges), and a threshold that keeps more of what the rules found is the safer
     * one on text unlike the corpus.
     */
    static final double TOLERANCE = 0.01;

    /**
     * The lowest probability at which a type the rules missed may be added. The out-of-fold
     * score counts an added type as emitted, but in the tagger one can find no country or be
     * absorbed by the merger, so it overstates additions: with taxonomy 2026.12.1 it chose 0.65
     * for a gain of 0.002 events F1 when tagging, and every addition between 0.5 and 0.8 on the
     * dev set and the team's own passages was false.
     */
    static final double MIN_ADD = 0.8;

    public static Thresholds choose(List<CrossValidation.OutOfFold> oof) {
        // keep from 0 up, add from 1 down: the first pair within tolerance changes the rules least.
        double[] events = leastIntrusive(0, 0.61, 1.0, MIN_ADD - 0.001, (keep, add) -> eventsF1(oof, keep, add));
        double[] note = leastIntrusive(0, 0.91, 1.0, 1.0, (n, unused) -> notesF1(oof, n));
        double[] links = leastIntrusive(0, 0.71, 1.0, 0.299, (unlink, link) -> linkAccuracy(oof, unlink, link));
        return new Thresholds(round(events[0]), round(events[1]), round(note[0]), round(links[0]), round(links[1]));
    }

    /**
     * On the grid (first from {@code firstFrom} up to {@code firstTo}, second from
     * {@code secondFrom} down to {@code secondTo}, steps of 0.05), the first pair scoring within
     * {@link #TOLERANCE} of the best.
     */
    private static double[] leastIntrusive(
            double firstFrom,
            double firstTo,
            double secondFrom,
            double secondTo,
            java.util.function.DoubleBinaryOperator score) {
        double best = 0;
        for (double a = firstFrom; a <= firstTo; a += 0.05) {
            for (double b = secondFrom; b >= secondTo; b -= 0.05) {
                best = Math.max(best, score.applyAsDouble(a, b));
            }
        }
        for (double a = firstFrom; a <= firstTo; a += 0.05) {
            for (double b = secondFrom; b >= secondTo; b -= 0.05) {
                if (score.applyAsDouble(a, b) >= best - TOLERANCE) {
                    return new double[] {a, b};
                }
            }
        }
        return new double[] {firstFrom, secondFrom};
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static Set<String> types(CrossValidation.OutOfFold o, double keep, double add) {
        Set<String> rules = o.reading().ruleTypes();
        Set<String> out = new HashSet<>();
        for (int j = 0; j < o.types().size(); j++) {
            String t = o.types().get(j);
            double p = o.typeProbabilities()[j];
            if (rules.contains(t) ? p >= keep : Thresholds.adds(p, add)) {
                out.add(t);
            }
        }
        for (String t : rules) {
            if (!o.types().contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    static double eventsF1(List<CrossValidation.OutOfFold> oof, double keep, double add) {
        Counts counts = new Counts();
        for (CrossValidation.OutOfFold o : oof) {
            Set<String> predicted = types(o, keep, add);
            Set<String> gold = new HashSet<>();
            for (List<String> options : o.reading().passage().events()) {
                gold.add(
                        options.stream().filter(predicted::contains).findFirst().orElse(options.get(0)));
            }
            counts.add(gold, predicted);
        }
        return counts.f1();
    }

    static double notesF1(List<CrossValidation.OutOfFold> oof, double note) {
        Counts counts = new Counts();
        for (CrossValidation.OutOfFold o : oof) {
            Set<String> predicted = new HashSet<>();
            var moves = o.reading().input().moves();
            for (int i = 0; i < moves.size(); i++) {
                if (o.noteProbabilities()[i] >= note) {
                    predicted.add(LabelledCorpus.noteKey(
                            moves.get(i).family(), moves.get(i).direction()));
                }
            }
            Set<String> gold = o.reading().passage().notes();
            counts.add(gold, predicted);
        }
        return counts.f1();
    }

    static double linkAccuracy(List<CrossValidation.OutOfFold> oof, double unlink, double link) {
        int ok = 0;
        int n = 0;
        for (CrossValidation.OutOfFold o : oof) {
            LabelledPassage p = o.reading().passage();
            if (p.events().isEmpty() || p.notes().isEmpty()) {
                continue;
            }
            n++;
            boolean predicted;
            if (o.reading().links() == null) {
                predicted = false;
            } else if (o.reading().links().bases().isEmpty()) {
                predicted = o.link() >= link;
            } else {
                predicted = o.link() >= unlink;
            }
            if (predicted == p.linked()) {
                ok++;
            }
        }
        return n == 0 ? 1 : (double) ok / n;
    }

    /** True and false positives and false negatives of predicted labels against gold ones, summed over passages. */
    private static final class Counts {
        private int tp;
        private int fp;
        private int fn;

        void add(Set<String> gold, Set<String> predicted) {
            for (String g : gold) {
                if (predicted.contains(g)) {
                    tp++;
                } else {
                    fn++;
                }
            }
            for (String p : predicted) {
                if (!gold.contains(p)) {
                    fp++;
                }
            }
        }

        double f1() {
            return ThresholdSearch.f1(tp, fp, fn);
        }
    }

    static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
