package dev.mrt.tagging.learned;

import java.util.BitSet;

/**
 * A {@link FeatureSink} that sums the weights of the features it is given, each feature once,
 * into the log-odds of every classifier of a {@link WeightTable}. One per scoring call.
 */
final class Scoring implements FeatureSink {
    private final WeightTable table;
    private final double[] sums;
    private final BitSet seen = new BitSet();

    Scoring(WeightTable table) {
        this.table = table;
        this.sums = new double[table.width()];
    }

    private void hit(long h) {
        int row = table.row(h);
        if (row >= 0 && !seen.get(row)) {
            seen.set(row);
            table.addRow(row, sums);
        }
    }

    @Override
    public void add(String name) {
        hit(FeatureHash.of(name));
    }

    @Override
    public void add(String prefix, String name) {
        hit(FeatureHash.add(FeatureHash.of(prefix), name));
    }

    @Override
    public void add(String prefix, char[] word, int len) {
        hit(FeatureHash.add(FeatureHash.of(prefix), word, len));
    }

    @Override
    public void add(String prefix, char[] first, int firstLen, char[] second, int secondLen) {
        long h = FeatureHash.add(FeatureHash.of(prefix), first, firstLen);
        h = FeatureHash.add(h, ' ');
        hit(FeatureHash.add(h, second, secondLen));
    }

    /** The probability of the positive outcome for each classifier. */
    double[] probabilities() {
        double[] p = new double[sums.length];
        for (int j = 0; j < sums.length; j++) {
            p[j] = 1.0 / (1.0 + Math.exp(-sums[j]));
        }
        return p;
    }

    double logOdds(int classifier) {
        return sums[classifier];
    }
}
