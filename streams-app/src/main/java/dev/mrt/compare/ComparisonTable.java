package dev.mrt.compare;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The comparison as a plain text table for people. */
public final class ComparisonTable {

    private ComparisonTable() {}

    public static String render(ComparisonReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "left   %s%nright  %s%n%n", r.left(), r.right()));
        b.append(String.format(
                Locale.ROOT,
                "articles: left %d, right %d; on both sides %d, only left %d, only right %d%n",
                r.leftArticles(),
                r.rightArticles(),
                r.inBoth(),
                r.onlyLeft(),
                r.onlyRight()));
        b.append(String.format(
                Locale.ROOT,
                "changed: %d of the %d articles on both sides (%d unchanged)%n",
                r.changed(),
                r.inBoth(),
                r.unchanged()));
        versions(b, "left ", r.leftVersions());
        versions(b, "right", r.rightVersions());
        b.append(String.format(Locale.ROOT, "%ncounts over %s%n", r.scope()));
        table(b, "event type", r.eventTypes());
        table(b, "asset, direction", r.assets());
        table(b, "tag", r.tags());
        if (!r.examples().isEmpty()) {
            b.append(String.format(
                    Locale.ROOT,
                    "%nchanged articles (%d; first %d)%n",
                    r.changed(),
                    r.examples().size()));
            for (ArticleChange c : r.examples()) {
                b.append(String.format(Locale.ROOT, "  %s  %s%n", c.id(), c.title()));
                if (c.detailsOnly()) {
                    b.append("      details changed (confidence, evidence or dates)\n");
                }
                c.added().forEach(a -> b.append("      + ").append(a).append('\n'));
                c.removed().forEach(a -> b.append("      - ").append(a).append('\n'));
            }
        }
        oneSided(b, "only left", r.onlyLeft(), r.onlyLeftExamples());
        oneSided(b, "only right", r.onlyRight(), r.onlyRightExamples());
        if (r.identical()) {
            b.append(String.format(Locale.ROOT, "%nno differences%n"));
        }
        return b.toString();
    }

    private static void versions(StringBuilder b, String side, Map<String, Long> versions) {
        versions.forEach((v, n) -> b.append(String.format(Locale.ROOT, "%s  %s: %d article(s)%n", side, v, n)));
    }

    private static void table(StringBuilder b, String title, List<CountRow> rows) {
        int width = Math.max(
                title.length(),
                rows.stream().mapToInt(x -> x.key().length()).max().orElse(0));
        b.append(String.format(Locale.ROOT, "%n  %-" + width + "s  %8s  %8s  %8s%n", title, "left", "right", "diff"));
        if (rows.isEmpty()) {
            b.append(String.format(Locale.ROOT, "  %-" + width + "s%n", "(none)"));
        }
        for (CountRow row : rows) {
            b.append(String.format(
                    Locale.ROOT,
                    "  %-" + width + "s  %8d  %8d  %8s%n",
                    row.key(),
                    row.left(),
                    row.right(),
                    row.difference() == 0 ? "" : String.format(Locale.ROOT, "%+d", row.difference())));
        }
    }

    private static void oneSided(StringBuilder b, String title, long count, List<String> ids) {
        if (count > 0) {
            b.append(
                    String.format(Locale.ROOT, "%n%s: %d article(s), e.g. %s%n", title, count, String.join(", ", ids)));
        }
    }
}
