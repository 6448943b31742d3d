package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.ReactionLink;
import dev.mrt.topology.LinkSources;
import java.time.Duration;

/**
 * The JSON form of a reaction: a market note linked to a political event, inside the event's own
 * article ({@code scope: article}, lag 0) or across feeds ({@code scope: cross_feed}, with the
 * lag between the event's article and the note).
 */
public final class ReactionJson {
    public static final String SCOPE_ARTICLE = "article";
    public static final String SCOPE_CROSS_FEED = "cross_feed";

    private final ObjectMapper mapper;

    public ReactionJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public static String scope(ReactionLink r) {
        boolean sameArticle = LinkSources.SOURCE_ARTICLE.equals(r.getNoteSourceKind())
                && r.getNoteSourceId().equals(r.getEventArticleId());
        return sameArticle ? SCOPE_ARTICLE : SCOPE_CROSS_FEED;
    }

    public ObjectNode toJson(ReactionLink r) {
        ObjectNode o = mapper.createObjectNode();
        o.put("id", r.getId());
        o.put("scope", scope(r));
        o.put("event_id", r.getEventId());
        o.put("event_type", r.getEventType());
        o.put("event_article_id", r.getEventArticleId());
        ArrayNode countries = o.putArray("event_countries");
        r.getEventCountries().forEach(countries::add);
        o.put("note_id", r.getNoteId());
        o.put("note_source_id", r.getNoteSourceId());
        o.put("note_source_kind", r.getNoteSourceKind());
        o.put("asset", r.getAsset());
        o.put("direction", r.getDirection());
        o.put("magnitude", r.getMagnitude());
        o.put("modality", r.getModality());
        o.put("basis", r.getBasis());
        o.put("link_key", r.getLinkKey());
        o.put("confidence", r.getConfidence());
        o.put("lag_ms", r.getLagMs());
        o.put("lag", Duration.ofMillis(r.getLagMs()).toString());
        o.put("event_time", r.getEventTime().toString());
        o.put("note_time", r.getNoteTime().toString());
        o.put("taxonomy_version", r.getTaxonomyVersion());
        o.put("tagger_version", r.getTaggerVersion());
        return o;
    }
}
