package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import java.time.Instant;
import java.util.List;

/**
 * The JSON forms of an enriched article. Both build the political events, market notes and links
 * with {@link AvroJson} from the same Avro records, so {@code tag} and the stream (local mode's
 * output, the API, the live feed) show the same fields for each.
 */
public final class EnrichedArticleJson {

    private EnrichedArticleJson() {}

    /**
     * The {@code tag} command's contract shape: {@code id, political_events, market_notes, links,
     * tags, taxonomy_version, tagger_version}.
     */
    public static ObjectNode contract(
            String id,
            List<EventTag> events,
            List<NoteTag> notes,
            List<LinkTag> links,
            List<String> tags,
            String taxonomyVersion,
            String taggerVersion) {
        ObjectNode o = Json.object();
        o.put("id", id);
        o.set("political_events", AvroJson.array(events));
        o.set("market_notes", AvroJson.array(notes));
        o.set("links", AvroJson.array(links));
        ArrayNode tagList = o.putArray("tags");
        tags.forEach(tagList::add);
        o.put("taxonomy_version", taxonomyVersion);
        o.put("tagger_version", taggerVersion);
        return o;
    }

    /**
     * The stream's form: the contract's fields plus the stream's own ({@code title, source, url}
     * after the id; {@code published_at, processing_time, provenance} at the end).
     */
    public static ObjectNode toJson(EnrichedArticle a) {
        ObjectNode o = Json.object();
        o.put("id", a.getArticleId());
        o.put("title", a.getTitle());
        o.put("source", a.getSource());
        o.put("url", a.getUrl());
        // The contract's fields after these, in its order (its id is the one already in place).
        o.setAll(contract(
                a.getArticleId(),
                a.getPoliticalEvents(),
                a.getMarketNotes(),
                a.getLinks(),
                a.getTags(),
                a.getTaxonomyVersion(),
                a.getTaggerVersion()));
        o.put("published_at", iso(a.getEventTime()));
        o.put("processing_time", iso(a.getProcessingTime()));
        if (a.getProvenance() != null) {
            o.set("provenance", AvroJson.of(a.getProvenance()));
        }
        return o;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
