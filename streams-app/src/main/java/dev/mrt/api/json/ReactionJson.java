package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.ReactionLink;
import dev.mrt.topology.LinkSources;
import java.time.Duration;

/**
 * The JSON form of a reaction (a {@link ReactionLink} record): a market note linked to a
 * political event, inside the event's own article ({@code scope: article}, lag 0) or across
 * feeds ({@code scope: cross_feed}, with the lag between the event's article and the note).
 * Every field of the record ({@link AvroJson}), plus {@code scope} and {@code lag} (ISO-8601).
 */
public final class ReactionJson {
    public static final String SCOPE_ARTICLE = "article";
    public static final String SCOPE_CROSS_FEED = "cross_feed";

    private ReactionJson() {}

    public static String scope(ReactionLink r) {
        boolean sameArticle = LinkSources.SOURCE_ARTICLE.equals(r.getNoteSourceKind())
                && r.getNoteSourceId().equals(r.getEventArticleId());
        return sameArticle ? SCOPE_ARTICLE : SCOPE_CROSS_FEED;
    }

    public static ObjectNode toJson(ReactionLink r) {
        ObjectNode o = AvroJson.of(r);
        o.put("scope", scope(r));
        o.put("lag", Duration.ofMillis(r.getLagMs()).toString());
        return o;
    }
}
