package dev.mrt.learning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.learned.ShippedModel;
import dev.mrt.tagging.taxonomy.Taxonomy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads a labelled corpus file (JSONL in the contract's "Labelled passages" format, with
 * {@code fold} and {@code story} where the corpus has them). A line that cannot be read is an
 * error naming file and line: training on part of a corpus would not be reproducible.
 */
public final class LabelledCorpus {
    private LabelledCorpus() {}

    public static List<LabelledPassage> read(Path file, Taxonomy taxonomy) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<LabelledPassage> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            try {
                out.add(passage(mapper.readTree(line), taxonomy));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException(file + ": no labelled passages");
        }
        return out;
    }

    /** The sha256 of the file's bytes, as recorded with a model trained from it. */
    public static String sha256(Path file) throws IOException {
        return ShippedModel.sha256(Files.readAllBytes(file));
    }

    private static LabelledPassage passage(JsonNode n, Taxonomy taxonomy) {
        String id = n.path("id").asText("");
        if (id.isBlank()) {
            throw new IllegalArgumentException("missing \"id\"");
        }
        JsonNode gold = n.get("gold");
        if (gold == null || !gold.isObject()) {
            throw new IllegalArgumentException(id + ": no \"gold\" object");
        }
        OffsetDateTime published = null;
        JsonNode p = n.get("published_at");
        if (p != null && !p.isNull() && !p.asText().isBlank()) {
            try {
                published = OffsetDateTime.parse(p.asText());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(id + ": bad \"published_at\": " + p.asText());
            }
        }
        ArticleText article =
                new ArticleText(id, n.path("title").asText(""), n.path("body").asText(""), published);
        List<List<String>> events = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        for (JsonNode e : gold.path("events")) {
            evidence.add(e.path("evidence").asText(""));
            List<String> options = new ArrayList<>();
            if (e.has("any_of")) {
                e.get("any_of").forEach(t -> options.add(t.asText()));
            } else {
                options.add(e.path("type").asText());
            }
            for (String t : options) {
                if (!taxonomy.eventTypes().contains(t)) {
                    throw new IllegalArgumentException(id + ": event type not in the taxonomy: " + t);
                }
            }
            events.add(options);
        }
        Set<String> notes = new TreeSet<>();
        for (JsonNode note : gold.path("notes")) {
            notes.add(noteKey(
                    taxonomy.familyOf(note.path("asset").asText()),
                    note.path("direction").asText()));
        }
        int fold = n.has("fold") ? n.get("fold").asInt(-1) : -1;
        String story = n.path("story").asText(id);
        return new LabelledPassage(
                article, events, evidence, notes, gold.path("linked").asBoolean(false), fold, story, gold);
    }

    /** How a note is compared with a labelled one: its asset's family and its direction. */
    public static String noteKey(String family, String direction) {
        return family + "/" + direction;
    }
}
