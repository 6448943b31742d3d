package dev.mrt.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.tagging.EventFinding;
import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.Tags;
import dev.mrt.tagging.taxonomy.AssetClass;
import dev.mrt.tagging.taxonomy.Modality;
import dev.mrt.tagging.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores tagger output against labelled passages exactly as {@code shared/eval/score.py} does:
 * set-wise P/R/F1 of event types (a gold "any_of" matches any listed type), of (asset family,
 * direction) and of (family, direction, realized or not), and link accuracy on passages that
 * have both a gold event and a gold note. Families come from the taxonomy.
 *
 * <p>The same counts split by event type and by asset class (of the note's family) add up to the
 * totals. Confusions pair, on one passage, each gold type the tagger missed with each type it
 * predicted that the gold does not have: which types are taken for which.
 */
public final class GoldScorer {
    /** A missed gold type with no wrong type predicted on its passage. */
    public static final String NOTHING_PREDICTED = "(missed)";
    /** A false alarm on a passage where no gold type was missed. */
    public static final String NOTHING_MISSED = "(none)";
    /** The class of a gold asset code the taxonomy does not have (an unlisted pair, say). */
    public static final String UNKNOWN_CLASS = "(not in taxonomy)";

    private final Taxonomy taxonomy;
    private final Counts events = new Counts();
    private final Counts notes = new Counts();
    private final Counts notesModality = new Counts();
    private final Map<String, Counts> byEventType = new TreeMap<>();
    private final Map<String, Counts> byAssetClass = new TreeMap<>();
    private final Map<Confusion, List<String>> confusions = new TreeMap<>();
    private int linkOk;
    private int linkTotal;
    private int passages;
    private final List<String> misses = new ArrayList<>();

    public GoldScorer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** True and false positives and false negatives. */
    public static final class Counts {
        int tp;
        int fp;
        int fn;

        Counts() {}

        Counts(int tp, int fp, int fn) {
            this.tp = tp;
            this.fp = fp;
            this.fn = fn;
        }

        public Figures figures() {
            return GoldScorer.figures(new int[] {tp, fp, fn});
        }
    }

    /** A gold type and what the tagger predicted instead on the same passage. */
    public record Confusion(String gold, String predicted) implements Comparable<Confusion> {
        @Override
        public int compareTo(Confusion o) {
            int c = gold.compareTo(o.gold);
            return c != 0 ? c : predicted.compareTo(o.predicted);
        }
    }

    /** Scores one passage; {@code gold} is the passage's "gold" object. */
    public void add(String id, JsonNode gold, Tags tags) {
        passages++;
        List<String> predictedTypes =
                tags.events().stream().map(EventFinding::type).distinct().toList();
        TreeSet<String> goldTypes = new TreeSet<>();
        for (JsonNode e : gold.path("events")) {
            List<String> options = new ArrayList<>();
            if (e.has("any_of")) {
                e.get("any_of").forEach(t -> options.add(t.asText()));
            } else {
                options.add(e.path("type").asText());
            }
            goldTypes.add(options.stream()
                    .filter(predictedTypes::contains)
                    .findFirst()
                    .orElse(options.get(0)));
        }
        TreeSet<String> predTypes = new TreeSet<>(predictedTypes);
        count(id, "events", goldTypes, predTypes, events);
        split(goldTypes, predTypes, t -> t, byEventType);
        confusions(id, goldTypes, predTypes);

        TreeSet<String> goldNotes = new TreeSet<>();
        TreeSet<String> goldNotesMod = new TreeSet<>();
        for (JsonNode n : gold.path("notes")) {
            String key = taxonomy.familyOf(n.path("asset").asText()) + "/"
                    + n.path("direction").asText();
            goldNotes.add(key);
            goldNotesMod.add(key + "/" + realized(n.path("modality").asText()));
        }
        TreeSet<String> predNotes = new TreeSet<>();
        TreeSet<String> predNotesMod = new TreeSet<>();
        for (NoteFinding n : tags.notes()) {
            String key = taxonomy.familyOf(n.asset()) + "/" + n.direction().code();
            predNotes.add(key);
            predNotesMod.add(key + "/" + realized(n.modality().code()));
        }
        count(id, "notes", goldNotes, predNotes, notes);
        count(null, "notes_mod", goldNotesMod, predNotesMod, notesModality);
        split(goldNotes, predNotes, this::assetClassOfNote, byAssetClass);

        if (gold.path("events").size() > 0 && gold.path("notes").size() > 0) {
            linkTotal++;
            boolean goldLinked = gold.path("linked").asBoolean(false);
            boolean predLinked = !tags.links().isEmpty();
            if (goldLinked == predLinked) {
                linkOk++;
            } else {
                misses.add(id + " links: gold=" + goldLinked + " pred=" + predLinked);
            }
        }
    }

    /** The asset class of a note key {@code FAMILY/direction}. */
    private String assetClassOfNote(String key) {
        AssetClass c = taxonomy.assetClassOf(key.substring(0, key.indexOf('/')));
        return c == null ? UNKNOWN_CLASS : c.code();
    }

    private static String realized(String modality) {
        return Modality.REALIZED.code().equals(modality) ? "realized" : "unrealized";
    }

    private void count(String id, String what, TreeSet<String> gold, TreeSet<String> pred, Counts t) {
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String g : gold) {
            if (pred.contains(g)) {
                t.tp++;
            } else {
                missed.add(g);
                t.fn++;
            }
        }
        for (String p : pred) {
            if (!gold.contains(p)) {
                extra.add(p);
                t.fp++;
            }
        }
        if (id != null && (!missed.isEmpty() || !extra.isEmpty())) {
            misses.add(id + " " + what + ": missed=" + missed + " extra=" + extra);
        }
    }

    /** The same counts as {@link #count}, each item credited to its group. */
    private static void split(
            TreeSet<String> gold,
            TreeSet<String> pred,
            java.util.function.Function<String, String> groupOf,
            Map<String, Counts> byGroup) {
        for (String g : gold) {
            Counts c = byGroup.computeIfAbsent(groupOf.apply(g), k -> new Counts());
            if (pred.contains(g)) {
                c.tp++;
            } else {
                c.fn++;
            }
        }
        for (String p : pred) {
            if (!gold.contains(p)) {
                byGroup.computeIfAbsent(groupOf.apply(p), k -> new Counts()).fp++;
            }
        }
    }

    private void confusions(String id, TreeSet<String> gold, TreeSet<String> pred) {
        List<String> missed = gold.stream().filter(t -> !pred.contains(t)).toList();
        List<String> extra = pred.stream().filter(t -> !gold.contains(t)).toList();
        List<String> predictedInstead = extra.isEmpty() ? List.of(NOTHING_PREDICTED) : extra;
        for (String m : missed.isEmpty() ? List.of(NOTHING_MISSED) : missed) {
            for (String p : predictedInstead) {
                if (!m.equals(NOTHING_MISSED) || !p.equals(NOTHING_PREDICTED)) {
                    confusions
                            .computeIfAbsent(new Confusion(m, p), k -> new ArrayList<>())
                            .add(id);
                }
            }
        }
    }

    public record Figures(double precision, double recall, double f1, int tp, int fp, int fn) {
        public String line(String name) {
            return String.format(
                    Locale.ROOT,
                    "%-10s P=%.3f R=%.3f F1=%.3f  (tp=%d fp=%d fn=%d)",
                    name,
                    precision,
                    recall,
                    f1,
                    tp,
                    fp,
                    fn);
        }

        /** Gold items: what the recall is of. */
        public int support() {
            return tp + fn;
        }
    }

    public static Figures figures(int[] t) {
        double p = t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
        double r = t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Figures(p, r, f, t[0], t[1], t[2]);
    }

    public Figures events() {
        return events.figures();
    }

    public Figures notes() {
        return notes.figures();
    }

    public Figures notesModality() {
        return notesModality.figures();
    }

    public double linkAccuracy() {
        return linkTotal == 0 ? 1.0 : (double) linkOk / linkTotal;
    }

    public int linkOk() {
        return linkOk;
    }

    public int linkTotal() {
        return linkTotal;
    }

    public int passages() {
        return passages;
    }

    /** Event-type counts by gold or predicted type, sorted by type. */
    public Map<String, Counts> byEventType() {
        return byEventType;
    }

    /** Note counts by the asset class of the note's family, sorted by class. */
    public Map<String, Counts> byAssetClass() {
        return byAssetClass;
    }

    /** Passages per confusion, sorted by gold then predicted type. */
    public Map<Confusion, List<String>> confusions() {
        return confusions;
    }

    public List<String> misses() {
        return misses;
    }
}
