package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.PoliticalEvent;

/**
 * The JSON form of a political event as the API lists it: the event's own fields as in an
 * enriched article ({@link AvroJson} of its {@code EventTag}), with the globally unique id in
 * place of the article-local one, and where and when it was found.
 */
public final class PoliticalEventJson {

    private PoliticalEventJson() {}

    public static ObjectNode toJson(PoliticalEvent p) {
        ObjectNode o = AvroJson.of(p.getEvent());
        o.put("id", p.getId());
        o.put("article_id", p.getArticleId());
        o.put("headline", p.getHeadline());
        o.put("event_time", p.getEventTime().toString());
        o.put("taxonomy_version", p.getTaxonomyVersion());
        o.put("tagger_version", p.getTaggerVersion());
        return o;
    }
}
