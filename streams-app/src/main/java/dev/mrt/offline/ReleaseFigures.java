package dev.mrt.offline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The figures of the last release, per labelled file (by file name), kept in a committed JSON
 * file ({@link #DEFAULT}) so that {@code evaluate} can print them beside today's. Only counts are
 * kept; precision, recall and F1 are computed from them as for the current run. The file's
 * SHA-256 says whether the labelled file is still the one the figures were made from.
 */
public record ReleaseFigures(
        String taggerVersion,
        String taxonomyVersion,
        String sha256,
        int passages,
        GoldScorer.Counts events,
        GoldScorer.Counts notes,
        GoldScorer.Counts notesModality,
        int linkOk,
        int linkTotal,
        Map<String, GoldScorer.Counts> byEventType,
        Map<String, GoldScorer.Counts> byAssetClass) {

    /** Where {@code evaluate} looks by default, relative to the working directory (the repository root). */
    public static final Path DEFAULT = Path.of("config", "eval", "release-figures.json");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String ABOUT = "Figures of the last release per labelled file, as counts [tp, fp, fn]"
            + " (P/R/F1 follow from them), written by `evaluate --gold FILE --save-release` and printed by"
            + " `evaluate` beside the current figures. sha256 is the labelled file's, to tell when it changed.";

    public static ReleaseFigures of(GoldScorer s, String taggerVersion, String taxonomyVersion, String sha256) {
        return new ReleaseFigures(
                taggerVersion,
                taxonomyVersion,
                sha256,
                s.passages(),
                counts(s.events()),
                counts(s.notes()),
                counts(s.notesModality()),
                s.linkOk(),
                s.linkTotal(),
                new TreeMap<>(s.byEventType()),
                new TreeMap<>(s.byAssetClass()));
    }

    public double linkAccuracy() {
        return linkTotal == 0 ? 1.0 : (double) linkOk / linkTotal;
    }

    /** The figures saved for the labelled file of this name, if any. */
    public static Optional<ReleaseFigures> read(Path file, String setName) throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode set = JSON.readTree(file.toFile()).path("sets").path(setName);
        if (!set.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new ReleaseFigures(
                set.path("tagger_version").asText(),
                set.path("taxonomy_version").asText(),
                set.path("sha256").asText(),
                set.path("passages").asInt(),
                counts(set.path("events")),
                counts(set.path("notes")),
                counts(set.path("notes_mod")),
                set.path("links").path("ok").asInt(),
                set.path("links").path("total").asInt(),
                countsByName(set.path("event_types")),
                countsByName(set.path("asset_classes"))));
    }

    /** Writes these figures for the labelled file of this name, keeping the other files' figures. */
    public void save(Path file, String setName) throws IOException {
        ObjectNode root =
                Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        Map<String, JsonNode> sets = new TreeMap<>();
        root.path("sets").fields().forEachRemaining(e -> sets.put(e.getKey(), e.getValue()));
        sets.put(setName, toJson());
        ObjectNode out = JSON.createObjectNode();
        out.put("about", ABOUT);
        ObjectNode setsNode = out.putObject("sets");
        sets.forEach(setsNode::set);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, JSON.writeValueAsString(out) + "\n");
    }

    private ObjectNode toJson() {
        ObjectNode n = JSON.createObjectNode();
        n.put("tagger_version", taggerVersion);
        n.put("taxonomy_version", taxonomyVersion);
        n.put("sha256", sha256);
        n.put("passages", passages);
        n.set("events", json(events));
        n.set("notes", json(notes));
        n.set("notes_mod", json(notesModality));
        ObjectNode links = n.putObject("links");
        links.put("ok", linkOk);
        links.put("total", linkTotal);
        ObjectNode types = n.putObject("event_types");
        byEventType.forEach((k, v) -> types.set(k, json(v)));
        ObjectNode classes = n.putObject("asset_classes");
        byAssetClass.forEach((k, v) -> classes.set(k, json(v)));
        return n;
    }

    public static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int k; (k = in.read(buf)) > 0; ) {
                d.update(buf, 0, k);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is a required algorithm of every JVM", e);
        }
    }

    /** {@code [tp, fp, fn]}: one line per figure in the file. */
    private static ArrayNode json(GoldScorer.Counts c) {
        return JSON.createArrayNode().add(c.tp).add(c.fp).add(c.fn);
    }

    private static GoldScorer.Counts counts(GoldScorer.Figures f) {
        return new GoldScorer.Counts(f.tp(), f.fp(), f.fn());
    }

    private static GoldScorer.Counts counts(JsonNode n) {
        return new GoldScorer.Counts(
                n.path(0).asInt(), n.path(1).asInt(), n.path(2).asInt());
    }

    private static Map<String, GoldScorer.Counts> countsByName(JsonNode n) {
        Map<String, GoldScorer.Counts> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), counts(e.getValue())));
        return out;
    }
}
