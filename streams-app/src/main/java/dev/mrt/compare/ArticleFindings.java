package dev.mrt.compare;

import dev.mrt.avro.EnrichedArticle;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one enriched record says about its article, reduced to what a comparison needs: the
 * events, notes, links and tags, the versions, and a fingerprint of the whole value without
 * provenance, processing time and versions (which differ between any two runs by design).
 * Compact, so that large topics fit in memory.
 */
public record ArticleFindings(
        String id,
        String title,
        List<EventKey> events,
        List<NoteKey> notes,
        List<String> links,
        List<String> tags,
        String taxonomyVersion,
        String taggerVersion,
        String fingerprint) {

    public static ArticleFindings of(EnrichedArticle a) {
        Map<String, String> labels = new HashMap<>();
        List<EventKey> events = a.getPoliticalEvents().stream()
                .map(e -> {
                    EventKey k = new EventKey(e.getType(), e.getCountries());
                    labels.put(e.getId(), k.label());
                    return k;
                })
                .toList();
        List<NoteKey> notes = a.getMarketNotes().stream()
                .map(n -> {
                    NoteKey k = new NoteKey(n.getAsset(), n.getDirection(), n.getMagnitude(), n.getModality());
                    labels.put(n.getId(), k.assetDirection());
                    return k;
                })
                .toList();
        List<String> links = a.getLinks().stream()
                .map(l -> labels.getOrDefault(l.getEvent(), l.getEvent()) + " -> "
                        + labels.getOrDefault(l.getNote(), l.getNote()))
                .toList();
        return new ArticleFindings(
                a.getArticleId(),
                a.getTitle(),
                events,
                notes,
                links,
                List.copyOf(a.getTags()),
                a.getTaxonomyVersion(),
                a.getTaggerVersion(),
                fingerprint(a));
    }

    /** SHA-256 of the value without provenance, processing time and versions. */
    static String fingerprint(EnrichedArticle a) {
        Set<String> leftOut = new HashSet<>(EnrichedContent.RUN_FIELDS);
        leftOut.addAll(EnrichedContent.VERSION_FIELDS);
        String content = EnrichedContent.of(a, leftOut).toString();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
