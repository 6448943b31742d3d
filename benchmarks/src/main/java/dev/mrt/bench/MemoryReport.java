package dev.mrt.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/** Prints the memory checkpoints as Markdown, with the growth per article between checkpoints. */
final class MemoryReport {
    private static final double MB = 1024 * 1024;

    private MemoryReport() {}

    static void print(PrintStream out, List<MemoryCheckpoint> points) {
        out.printf(
                Locale.ROOT,
                "| articles enriched | time s | heap after GC MB | heap committed MB | non-heap MB | RSS MB | state on disk MB |%n");
        out.printf(Locale.ROOT, "|---:|---:|---:|---:|---:|---:|---:|%n");
        for (MemoryCheckpoint c : points) {
            MemoryProbe m = c.memory();
            out.printf(
                    Locale.ROOT,
                    "| %d | %.0f | %.1f | %.0f | %.1f | %.0f | %.0f |%n",
                    c.articles(),
                    c.seconds(),
                    m.heapAfterGc() / MB,
                    m.heapCommitted() / MB,
                    m.nonHeap() / MB,
                    m.rss() / MB,
                    m.stateOnDisk() / MB);
        }
        out.println();
        if (points.size() >= 3) {
            List<MemoryCheckpoint> tail = points.subList(points.size() / 2, points.size());
            out.printf(
                    Locale.ROOT,
                    "Slope over the second half of the run (%d to %d articles, least squares): heap after GC %+.1f bytes/article,"
                            + " RSS %+.1f bytes/article, state on disk %+.1f bytes/article.%n%n",
                    tail.get(0).articles(),
                    tail.get(tail.size() - 1).articles(),
                    slope(tail, p -> p.memory().heapAfterGc()),
                    slope(tail, p -> p.memory().rss()),
                    slope(tail, p -> p.memory().stateOnDisk()));
        }
    }

    /** Least-squares bytes per article. */
    static double slope(List<MemoryCheckpoint> points, ToLongFunction<MemoryCheckpoint> bytes) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (MemoryCheckpoint p : points) {
            double x = p.articles();
            double y = bytes.applyAsLong(p);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double d = n * sxx - sx * sx;
        return d == 0 ? 0 : (n * sxy - sx * sy) / d;
    }
}
