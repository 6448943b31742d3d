package dev.mrt.offline;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code evaluate} prints besides its summary lines: precision, recall, F1 and support per
 * event type and per asset class, each with the release's F1 and the change since; and the
 * event types taken for others, most frequent first.
 */
public final class ScoreTables {
    /** Passage ids listed per confusion; the rest are counted. */
    private static final int IDS_SHOWN = 4;

    private ScoreTables() {}

    public static void print(PrintWriter out, GoldScorer s, Optional<ReleaseFigures> release) {
        table(out, "event type", s.byEventType(), release.map(ReleaseFigures::byEventType));
        out.println();
        table(out, "asset class", s.byAssetClass(), release.map(ReleaseFigures::byAssetClass));
        out.println();
        confusions(out, s.confusions());
        out.println();
    }

    private static void table(
            PrintWriter out,
            String what,
            Map<String, GoldScorer.Counts> rows,
            Optional<Map<String, GoldScorer.Counts>> release) {
        int width = Math.max(
                what.length(),
                rows.keySet().stream().mapToInt(String::length).max().orElse(0));
        out.println(String.format(
                Locale.ROOT,
                "%-" + width + "s  %5s  %5s  %5s  %7s  %4s %4s %4s  %10s  %6s",
                what,
                "P",
                "R",
                "F1",
                "support",
                "tp",
                "fp",
                "fn",
                "release F1",
                "change"));
        rows.forEach((name, counts) -> {
            GoldScorer.Figures f = counts.figures();
            Optional<GoldScorer.Figures> then = release.map(r -> r.get(name)).map(GoldScorer.Counts::figures);
            out.println(String.format(
                    Locale.ROOT,
                    "%-" + width + "s  %.3f  %.3f  %.3f  %7d  %4d %4d %4d  %10s  %6s",
                    name,
                    f.precision(),
                    f.recall(),
                    f.f1(),
                    f.support(),
                    f.tp(),
                    f.fp(),
                    f.fn(),
                    then.map(t -> String.format(Locale.ROOT, "%.3f", t.f1())).orElse("-"),
                    then.map(t -> change(f.f1(), t.f1())).orElse("")));
        });
    }

    private static void confusions(PrintWriter out, Map<GoldScorer.Confusion, List<String>> confusions) {
        out.println("confused event types (gold -> predicted instead on the same passage; "
                + GoldScorer.NOTHING_PREDICTED + ": nothing, " + GoldScorer.NOTHING_MISSED + ": nothing was missed):");
        if (confusions.isEmpty()) {
            out.println("  none");
            return;
        }
        List<Map.Entry<GoldScorer.Confusion, List<String>>> sorted = new ArrayList<>(confusions.entrySet());
        // Most frequent first; ties keep the alphabetical order of the map.
        sorted.sort(Comparator.comparingInt((Map.Entry<GoldScorer.Confusion, List<String>> e) ->
                -e.getValue().size()));
        int width = sorted.stream()
                .mapToInt(
                        e -> e.getKey().gold().length() + e.getKey().predicted().length() + 4)
                .max()
                .orElse(0);
        for (Map.Entry<GoldScorer.Confusion, List<String>> e : sorted) {
            List<String> ids = e.getValue();
            String shown = String.join(" ", ids.subList(0, Math.min(IDS_SHOWN, ids.size())))
                    + (ids.size() > IDS_SHOWN ? " ..." : "");
            out.println(String.format(
                    Locale.ROOT,
                    "  %-" + width + "s  %3d  %s",
                    e.getKey().gold() + " -> " + e.getKey().predicted(),
                    ids.size(),
                    shown));
        }
    }

    /** The summary line of the release, under the current one. */
    public static String releaseLine(Optional<ReleaseFigures> release, String setName, String sha256, String where) {
        if (release.isEmpty()) {
            return "release: no figures saved for " + setName + " in " + where
                    + " (evaluate --save-release writes them)";
        }
        ReleaseFigures r = release.get();
        return String.format(
                Locale.ROOT,
                "release: events_f1=%.3f notes_f1=%.3f links_acc=%.3f passages=%d (tagger %s, taxonomy %s%s)",
                r.events().figures().f1(),
                r.notes().figures().f1(),
                r.linkAccuracy(),
                r.passages(),
                r.taggerVersion(),
                r.taxonomyVersion(),
                r.sha256().equals(sha256) ? "" : "; the labelled file has changed since");
    }

    private static String change(double now, double then) {
        double d = now - then;
        return Math.abs(d) < 0.0005 ? "=" : String.format(Locale.ROOT, "%+.3f", d);
    }
}
