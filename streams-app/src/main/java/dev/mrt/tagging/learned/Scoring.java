package dev.mrt.tagging.learned;

import java.util.Arrays;

/**
 * A {@link FeatureSink} that sums the weights of the features it is given, each feature once,
 * into the log-odds of every classifier of a {@link WeightTable}. Not thread-safe: one per
 * scoring call, {@link #reset} between examples.
 */
final class Scoring implements FeatureSink {
    private final WeightTable table;
    private final double[] sums;
    /** Rows already counted in this example: open addressing, -1 empty; {@code used} lists the filled slots. */
    private int[] seen = new int[256];

    private int[] used = new int[128];
    private int count;

    Scoring(WeightTable table) {
        this.table = table;
        this.sums = new double[table.width()];
        Arrays.fill(seen, -1);
    }

    /** Starts a new example. */
    void reset() {
        Arrays.fill(sums, 0);
        for (int i = 0; i < count; i++) {
            seen[used[i]] = -1;
        }
        count = 0;
    }

    private void hit(long h) {
        int row = table.row(h);
        if (row >= 0 && firstTime(row)) {
            table.addRow(row, sums);
        }
    }

    private boolean firstTime(int row) {
        if (count * 2 >= seen.length) {
            grow();
        }
        int mask = seen.length - 1;
        int slot = (row * 0x9E3779B1) >>> 7 & mask;
        while (seen[slot] >= 0) {
            if (seen[slot] == row) {
                return false;
            }
            slot = (slot + 1) & mask;
        }
        seen[slot] = row;
        if (count == used.length) {
            used = Arrays.copyOf(used, count * 2);
        }
        used[count++] = slot;
        return true;
    }

    private void grow() {
        int[] old = seen;
        int n = count;
        seen = new int[old.length * 2];
        Arrays.fill(seen, -1);
        used = new int[Math.max(used.length, seen.length / 2)];
        count = 0;
        for (int row : old) {
            if (row >= 0) {
                firstTime(row);
            }
        }
        assert count == n;
    }

    private static final long W = FeatureHash.whole("w:");
    private static final long T = FeatureHash.whole("t:");
    private static final long NW = FeatureHash.whole("nw:");

    @Override
    public void add(String name) {
        hit(FeatureHash.whole(name));
    }

    @Override
    public void add(String prefix, String name) {
        hit(FeatureHash.whole(prefix, name));
    }

    @Override
    public void word(String prefix, Words words, int token) {
        long p = switch (prefix) {
            case "w:" -> W;
            case "t:" -> T;
            case "nw:" -> NW;
            default -> throw new IllegalArgumentException("not a word prefix: " + prefix);
        };
        hit(FeatureHash.mix(p, words.hash(token)));
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
