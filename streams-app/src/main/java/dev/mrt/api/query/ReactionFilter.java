package dev.mrt.api.query;

import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.json.ReactionJson;
import dev.mrt.avro.ReactionLink;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which reactions a query wants: by asset, direction, event type (code or dotted prefix), event ids, scope. */
public record ReactionFilter(String asset, String direction, String eventType, List<String> eventIds, String scope) {
    static final String ASSET = "asset";
    static final String DIRECTION = "direction";
    static final String EVENT_TYPE = "event_type";
    static final String EVENT_ID = "event_id";
    static final String SCOPE = "scope";
    static final Set<String> PARAMETERS = Set.of(ASSET, DIRECTION, EVENT_TYPE, EVENT_ID, SCOPE);

    static ReactionFilter from(QueryParameters p) {
        String asset = p.text(ASSET);
        return new ReactionFilter(
                asset == null ? null : asset.toUpperCase(Locale.ROOT),
                p.oneOf(DIRECTION, Set.of("up", "down", "flat", "mixed")),
                p.text(EVENT_TYPE),
                p.list(EVENT_ID),
                p.oneOf(SCOPE, Set.of(ReactionJson.SCOPE_ARTICLE, ReactionJson.SCOPE_CROSS_FEED)));
    }

    public boolean matches(ReactionLink r) {
        String t = r.getEventType();
        return (asset == null || asset.equals(r.getAsset()))
                && (direction == null || direction.equals(r.getDirection()))
                && (eventType == null || t.equals(eventType) || t.startsWith(eventType + "."))
                && (eventIds.isEmpty() || eventIds.contains(r.getEventId()))
                && (scope == null || scope.equals(ReactionJson.scope(r)));
    }
}
