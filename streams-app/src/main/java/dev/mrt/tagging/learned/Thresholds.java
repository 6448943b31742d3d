package dev.mrt.tagging.learned;

/**
 * Where the learned layer's probabilities become decisions; chosen by k-fold cross-validation
 * on the training corpus and recorded with the model.
 *
 * @param keep   an event type the rules sighted is kept at this probability or above
 * @param add    a type the rules did not sight is added at this probability or above; at 1 none
 *               is (the search's "off" end: a classifier's probability never counts as certain)
 * @param note   a market move is a note at this probability or above; at 0 every move is
 * @param unlink the rules' links are dropped below this probability that the article links its
 *               events and notes
 * @param link   with no link from the rules, the article's main event and note are linked at
 *               this probability or above
 */
public record Thresholds(double keep, double add, double note, double unlink, double link) {
    public Thresholds {
        for (double v : new double[] {keep, add, note, unlink, link}) {
            if (!(v >= 0 && v <= 1.0001)) {
                throw new IllegalArgumentException("a threshold is a probability: " + v);
            }
        }
    }

    /**
     * Whether a type the rules did not sight is added at this probability. At {@code add} 1 never:
     * the type classifiers then decide nothing and need not be read at all.
     */
    public boolean adds(double p) {
        return adds(p, add);
    }

    /** As {@link #adds(double)} at this {@code add} threshold (the threshold search weighs many). */
    public static boolean adds(double p, double add) {
        return add < 1 && p >= add;
    }

    /** Whether every type the rules sighted stays whatever its probability. */
    public boolean keepsEverySighted() {
        return keep <= 0;
    }

    /** Whether every move the rules found is a note whatever its probability. */
    public boolean keepsEveryMove() {
        return note <= 0;
    }

    /** Whether the event-type classifiers can change anything (else they are not read when tagging). */
    public boolean readsEventTypes() {
        return !keepsEverySighted() || add < 1;
    }
}
