package dev.mrt.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.tagging.EventTag;
import dev.mrt.tagging.Modality;
import dev.mrt.tagging.NoteTag;
import dev.mrt.tagging.Tags;
import dev.mrt.tagging.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Scores tagger output against labelled passages exactly as {@code shared/eval/score.py} does:
 * set-wise P/R/F1 of event types (a gold "any_of" matches any listed type), of (asset family,
 * direction) and of (family, direction, realized or not), and link accuracy on passages that
 * have both a gold event and a gold note. Families come from the taxonomy.
 */
public final class GoldScorer {
    private final Taxonomy taxonomy;
    private final int[] events = new int[3];
    private final int[] notes = new int[3];
    private final int[] notesModality = new int[3];
    private int linkOk;
    private int linkTotal;
    private final List<String> misses = new ArrayList<>();

    public GoldScorer(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** Scores one passage; {@code gold} is the passage's "gold" object. */
    public void add(String id, JsonNode gold, Tags tags) {
        List<String> predictedTypes =
                tags.events().stream().map(EventTag::type).distinct().toList();
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
        count(id, "events", goldTypes, new TreeSet<>(predictedTypes), events);

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
        for (NoteTag n : tags.notes()) {
            String key = taxonomy.familyOf(n.asset()) + "/" + n.direction().code();
            predNotes.add(key);
            predNotesMod.add(key + "/" + realized(n.modality().code()));
        }
        count(id, "notes", goldNotes, predNotes, notes);
        count(null, "notes_mod", goldNotesMod, predNotesMod, notesModality);

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

    private static String realized(String modality) {
        return Modality.REALIZED.code().equals(modality) ? "realized" : "unrealized";
    }

    private void count(String id, String what, TreeSet<String> gold, TreeSet<String> pred, int[] t) {
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        for (String g : gold) {
            if (pred.contains(g)) {
                t[0]++;
            } else {
                missed.add(g);
                t[2]++;
            }
        }
        for (String p : pred) {
            if (!gold.contains(p)) {
                extra.add(p);
                t[1]++;
            }
        }
        if (id != null && (!missed.isEmpty() || !extra.isEmpty())) {
            misses.add(id + " " + what + ": missed=" + missed + " extra=" + extra);
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
    }

    static Figures figures(int[] t) {
        double p = t[0] + t[1] == 0 ? 1.0 : (double) t[0] / (t[0] + t[1]);
        double r = t[0] + t[2] == 0 ? 1.0 : (double) t[0] / (t[0] + t[2]);
        double f = p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        return new Figures(p, r, f, t[0], t[1], t[2]);
    }

    public Figures events() {
        return figures(events);
    }

    public Figures notes() {
        return figures(notes);
    }

    public Figures notesModality() {
        return figures(notesModality);
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

    public List<String> misses() {
        return misses;
    }
}
