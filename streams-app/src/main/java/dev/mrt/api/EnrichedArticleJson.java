package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.Provenance;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The JSON form of an enriched article: the {@code tag} command's contract shape (id,
 * political_events, market_notes, links, tags, versions) plus the stream's own fields (title,
 * event and processing time, provenance). What local mode prints and the API serves.
 */
public final class EnrichedArticleJson {
    private final ObjectMapper mapper;

    public EnrichedArticleJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(EnrichedArticle a) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", a.getArticleId());
        o.put("title", a.getTitle());
        o.put("source", a.getSource());
        o.put("url", a.getUrl());
        ArrayNode events = o.putArray("political_events");
        for (EventTag e : a.getPoliticalEvents()) {
            ObjectNode n = events.addObject();
            n.put("id", e.getId());
            n.put("type", e.getType());
            ArrayNode actors = n.putArray("actors");
            e.getActors().forEach(actors::add);
            ArrayNode countries = n.putArray("countries");
            e.getCountries().forEach(countries::add);
            LocalDate date = e.getEventDate();
            n.put("event_date", date == null ? null : date.toString());
            n.put("confidence", e.getConfidence());
            n.set("evidence", evidence(e.getEvidence()));
        }
        ArrayNode notes = o.putArray("market_notes");
        for (NoteTag t : a.getMarketNotes()) {
            ObjectNode n = notes.addObject();
            n.put("id", t.getId());
            n.put("asset", t.getAsset());
            n.put("direction", t.getDirection());
            n.put("magnitude", t.getMagnitude());
            n.put("modality", t.getModality());
            n.put("attribution", t.getAttribution());
            n.put("confidence", t.getConfidence());
            n.set("evidence", evidence(t.getEvidence()));
        }
        ArrayNode links = o.putArray("links");
        for (LinkTag l : a.getLinks()) {
            ObjectNode n = links.addObject();
            n.put("event", l.getEvent());
            n.put("note", l.getNote());
            n.put("basis", l.getBasis());
            n.put("confidence", l.getConfidence());
        }
        ArrayNode tags = o.putArray("tags");
        a.getTags().forEach(tags::add);
        o.put("taxonomy_version", a.getTaxonomyVersion());
        o.put("tagger_version", a.getTaggerVersion());
        o.put("published_at", iso(a.getEventTime()));
        o.put("processing_time", iso(a.getProcessingTime()));
        Provenance p = a.getProvenance();
        if (p != null) {
            ObjectNode n = o.putObject("provenance");
            n.put("mode", p.getMode());
            n.put("replay_id", p.getReplayId());
            n.put("application_id", p.getApplicationId());
            n.put("source_topic", p.getSourceTopic());
            n.put("source_partition", p.getSourcePartition());
            n.put("source_offset", p.getSourceOffset());
        }
        return o;
    }

    private ObjectNode evidence(Evidence e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("start", e.getStart());
        n.put("end", e.getEnd());
        n.put("text", e.getText());
        return n;
    }

    private static String iso(Instant t) {
        return t == null ? null : t.toString();
    }
}
