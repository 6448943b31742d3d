package dev.mrt.tagging.learned;

/**
 * Where the learned layer's probabilities become decisions; chosen by k-fold cross-validation
 * on the training corpus and recorded with the model.
 *
 * @param keep   an event type the rules sighted is kept at this probability or above
 * @param add    a type the rules did not sight is added at this probability or above
 * @param note   a market move is a note at this probability or above
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
}
