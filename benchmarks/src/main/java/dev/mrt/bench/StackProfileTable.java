package dev.mrt.bench;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** Prints one axis of a {@link StackProfile} as a Markdown table, largest share first. */
final class StackProfileTable {

    private StackProfileTable() {}

    static void print(PrintStream out, String heading, Map<String, Integer> counts, int samples) {
        print(out, heading, counts, samples, Integer.MAX_VALUE);
    }

    /** Only the {@code rows} largest. */
    static void print(PrintStream out, String heading, Map<String, Integer> counts, int samples, int rows) {
        out.printf(Locale.ROOT, "| %s | share of stream-thread samples |%n|---|---:|%n", heading);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(rows)
                .forEach(e -> out.printf(Locale.ROOT, "| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / samples));
        out.println();
    }
}
