package dev.mrt.tagging.learned;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The weights of a group of binary maxent classifiers that read the same features, looked up
 * by the 64-bit hash of a feature's name: one open-addressing probe per feature of an article
 * gives every classifier's weight at once. A classifier's weight for a feature is the
 * difference of its parameters for the outcomes {@code 1} and {@code 0}, so the sum over an
 * article's features is the log-odds that OpenNLP's {@code eval} would turn into a probability.
 * Immutable once built.
 */
final class WeightTable {
    /** The outcome of a positive example; the other is {@link #NO}. */
    static final String YES = "1";

    static final String NO = "0";

    private final long[] keys;
    private final int[] rows;
    /** Row r's non-zero weights are {@code weights[start[r], start[r + 1])}, of classifiers {@code classifiers[...]}. */
    private final int[] start;

    private final short[] classifiers;
    private final float[] weights;
    private final int width;
    private final int mask;

    private WeightTable(long[] keys, int[] rows, int[] start, short[] classifiers, float[] weights, int width) {
        this.keys = keys;
        this.rows = rows;
        this.start = start;
        this.classifiers = classifiers;
        this.weights = weights;
        this.width = width;
        this.mask = keys.length - 1;
    }

    /** The classifiers, in this order; each must have the outcomes {@link #YES} and {@link #NO}. */
    static WeightTable of(List<AbstractModel> models) {
        Map<String, float[]> byName = new LinkedHashMap<>();
        for (int j = 0; j < models.size(); j++) {
            AbstractModel m = models.get(j);
            int yes = m.getIndex(YES);
            int no = m.getIndex(NO);
            if (yes < 0 || no < 0 || m.getNumOutcomes() != 2) {
                throw new IllegalArgumentException("not a yes/no classifier: outcomes " + m.getNumOutcomes());
            }
            Object[] data = m.getDataStructures();
            Context[] params = (Context[]) data[0];
            @SuppressWarnings("unchecked")
            Map<String, Context> byPredicate = (Map<String, Context>) data[1];
            if (byPredicate == null) {
                throw new IllegalArgumentException("model without its predicate map");
            }
            for (Map.Entry<String, Context> e : byPredicate.entrySet()) {
                Context c = e.getValue();
                double w = 0;
                int[] outcomes = c.getOutcomes();
                double[] p = c.getParameters();
                for (int k = 0; k < outcomes.length; k++) {
                    if (outcomes[k] == yes) {
                        w += p[k];
                    } else if (outcomes[k] == no) {
                        w -= p[k];
                    }
                }
                if (w != 0) {
                    byName.computeIfAbsent(e.getKey(), k -> new float[models.size()])[j] = (float) w;
                }
            }
            if (params == null) {
                throw new IllegalArgumentException("model without parameters");
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, byName.size() * 2 - 1)) << 1;
        long[] keys = new long[capacity];
        int[] rows = new int[capacity];
        Arrays.fill(rows, -1);
        int[] start = new int[byName.size() + 1];
        int nonZero = 0;
        for (float[] w : byName.values()) {
            for (float v : w) {
                nonZero += v != 0 ? 1 : 0;
            }
        }
        short[] classifiers = new short[nonZero];
        float[] weights = new float[nonZero];
        int row = 0;
        int at = 0;
        for (Map.Entry<String, float[]> e : byName.entrySet()) {
            long h = FeatureHash.ofName(e.getKey());
            int slot = slot(h, capacity - 1);
            while (rows[slot] >= 0) {
                if (keys[slot] == h) {
                    throw new IllegalStateException("two features share a hash: " + e.getKey());
                }
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = h;
            rows[slot] = row;
            start[row] = at;
            float[] w = e.getValue();
            for (int j = 0; j < w.length; j++) {
                if (w[j] != 0) {
                    classifiers[at] = (short) j;
                    weights[at++] = w[j];
                }
            }
            row++;
        }
        start[row] = at;
        return new WeightTable(keys, rows, start, classifiers, weights, models.size());
    }

    private static int slot(long h, int mask) {
        return (int) (h ^ (h >>> 29)) & mask;
    }

    /** The row of the feature with this hash, or -1 when no classifier weighs it. */
    int row(long h) {
        int slot = slot(h, mask);
        for (int r; (r = rows[slot]) >= 0; slot = (slot + 1) & mask) {
            if (keys[slot] == h) {
                return r;
            }
        }
        return -1;
    }

    /** Adds the weights of {@code row} to {@code sums}. */
    void addRow(int row, double[] sums) {
        for (int k = start[row], end = start[row + 1]; k < end; k++) {
            sums[classifiers[k]] += weights[k];
        }
    }

    int width() {
        return width;
    }

    /** Features weighed by some classifier. */
    int size() {
        return start.length - 1;
    }

    /** Bytes held, for the memory report. */
    long bytes() {
        return keys.length * 8L + rows.length * 4L + start.length * 4L + classifiers.length * 2L + weights.length * 4L;
    }
}
