package dev.mrt.bench;

import java.util.Locale;

/**
 * Memory of the app after {@code articles} articles had been enriched, {@code seconds} after its
 * start. Travels from the app's JVM to the harness as one line of text.
 */
record MemoryCheckpoint(long articles, double seconds, MemoryProbe memory) {
    private static final String PREFIX = "checkpoint ";

    String toLine() {
        MemoryProbe m = memory;
        return String.format(
                Locale.ROOT,
                "%s%d %.1f %d %d %d %d %d",
                PREFIX,
                articles,
                seconds,
                m.heapAfterGc(),
                m.heapCommitted(),
                m.nonHeap(),
                m.rss(),
                m.stateOnDisk());
    }

    /** The checkpoint on this line, or null when the line is something else (a log line). */
    static MemoryCheckpoint parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return null;
        }
        String[] f = line.substring(PREFIX.length()).trim().split(" ");
        return new MemoryCheckpoint(
                Long.parseLong(f[0]),
                Double.parseDouble(f[1]),
                new MemoryProbe(
                        Long.parseLong(f[2]),
                        Long.parseLong(f[3]),
                        Long.parseLong(f[4]),
                        Long.parseLong(f[5]),
                        Long.parseLong(f[6])));
    }
}
