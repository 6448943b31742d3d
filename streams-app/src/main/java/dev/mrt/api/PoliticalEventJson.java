package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.PoliticalEvent;

/** The JSON form of a political event as the API lists it: the tag, where it was found, and when. */
public final class PoliticalEventJson {
    private final ObjectMapper mapper;

    public PoliticalEventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public ObjectNode toJson(PoliticalEvent p) {
        EventTag e = p.getEvent();
        ObjectNode o = mapper.createObjectNode();
        o.put("id", p.getId());
        o.put("type", e.getType());
        o.put("article_id", p.getArticleId());
        o.put("headline", p.getHeadline());
        ArrayNode actors = o.putArray("actors");
        e.getActors().forEach(actors::add);
        ArrayNode countries = o.putArray("countries");
        e.getCountries().forEach(countries::add);
        o.put("event_date", e.getEventDate() == null ? null : e.getEventDate().toString());
        o.put("event_time", p.getEventTime().toString());
        o.put("confidence", e.getConfidence());
        ObjectNode ev = o.putObject("evidence");
        ev.put("start", e.getEvidence().getStart());
        ev.put("end", e.getEvidence().getEnd());
        ev.put("text", e.getEvidence().getText());
        o.put("taxonomy_version", p.getTaxonomyVersion());
        o.put("tagger_version", p.getTaggerVersion());
        return o;
    }
}
