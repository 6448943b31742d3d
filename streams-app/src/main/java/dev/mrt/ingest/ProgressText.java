package dev.mrt.ingest;

import java.time.Duration;
import java.util.Locale;

/** How an import's progress reads: a bar for a terminal, a plain line for logs. */
public final class ProgressText {

    private ProgressText() {}

    /** {@code [#########-----------]  45%  12,345 sent  3 rejected  3,210/s  ETA 0:42} */
    public static String bar(ImportProgress p, int width) {
        int filled = (int) Math.round(p.fraction() * width);
        StringBuilder b = new StringBuilder("[");
        b.append("#".repeat(filled)).append("-".repeat(width - filled)).append("] ");
        b.append(String.format(
                Locale.ROOT, "%3.0f%%  %,d sent  %,d rejected", 100 * p.fraction(), p.sent(), p.rejected()));
        if (p.failed() > 0) {
            b.append(String.format(Locale.ROOT, "  %,d failed", p.failed()));
        }
        b.append(String.format(Locale.ROOT, "  %,.0f/s  ETA %s", p.rate(), clock(p.eta())));
        return b.toString();
    }

    /** {@code import: 45% read, 12,345 records read, 12,340 sent, 3 rejected, 0 failed, 3,210 records/s, ETA 0:42} */
    public static String line(ImportProgress p) {
        return String.format(
                Locale.ROOT,
                "import: %.0f%% read, %,d records read, %,d sent, %,d rejected, %,d failed, %,.0f records/s, ETA %s",
                100 * p.fraction(),
                p.read(),
                p.sent(),
                p.rejected(),
                p.failed(),
                p.rate(),
                clock(p.eta()));
    }

    /** {@code 1:02:03}, {@code 4:05}, or {@code --} when unknown. */
    static String clock(Duration d) {
        if (d == null) {
            return "--";
        }
        long s = d.toSeconds();
        return s >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
