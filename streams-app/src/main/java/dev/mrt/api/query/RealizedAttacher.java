package dev.mrt.api.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.QueryString;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.IsoTimes;
import dev.mrt.api.json.ReactionJson;
import dev.mrt.api.json.RealizedMoveJson;
import dev.mrt.market.Instruments;
import dev.mrt.topology.StoreNames;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attaches to each reaction of an answer its realized moves under {@code realized}. They live on
 * other partitions than the reactions (keyed by reaction and horizon), so this gathers the
 * realized moves of the reactions' time span (both are placed at the event's time) and keeps
 * those of the reactions at hand.
 */
final class RealizedAttacher {
    private static final int BATCH = PageRequest.MAX_LIMIT;
    private static final int MAX_BATCHES = 20;

    private final QueryServices q;
    private final RealizedEndpoints realized;
    private final Instruments instruments;

    RealizedAttacher(QueryServices q, RealizedEndpoints realized, Instruments instruments) {
        this.q = q;
        this.realized = realized;
        this.instruments = instruments;
    }

    /** @return false when some realized moves could not be gathered (an instance did not answer, too many) */
    boolean attach(List<ObjectNode> reactions) {
        if (reactions.isEmpty()) {
            return true;
        }
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        List<String> ids = new ArrayList<>();
        for (ObjectNode r : reactions) {
            long t = Instant.parse(r.path("event_time").asText()).toEpochMilli();
            min = Math.min(min, t);
            max = Math.max(max, t);
            ids.add(r.path("id").asText());
        }
        Map<String, List<ObjectNode>> byReaction = new HashMap<>();
        ids.forEach(id -> byReaction.put(id, new ArrayList<>()));
        TimeRange span = new TimeRange(min, max);
        RealizedFilter filter = new RealizedFilter(List.of(), null, null, null, null, null);
        String path = HttpPaths.API + "/realized?"
                + new QueryString()
                        .with(QueryParameters.FROM, IsoTimes.iso(span.from()))
                        .with(QueryParameters.TO, IsoTimes.iso(span.to()));
        boolean complete = q.gather()
                .forEachItem(
                        List.of(StoreNames.DASHBOARD_REALIZED),
                        path,
                        BATCH,
                        MAX_BATCHES,
                        page -> realized.localPage(span, page, filter),
                        m -> {
                            List<ObjectNode> list =
                                    byReaction.get(m.path("reaction_id").asText());
                            if (list != null) {
                                list.add((ObjectNode) m);
                            }
                        });
        for (ObjectNode r : reactions) {
            r.set(
                    "realized",
                    RealizedMoveJson.ofReaction(
                            r.path("asset").asText(),
                            // Only reactions inside articles are measured so far; a cross-feed one would stay
                            // "pending".
                            ReactionJson.SCOPE_ARTICLE.equals(r.path("scope").asText()),
                            byReaction.get(r.path("id").asText()),
                            instruments));
        }
        return complete;
    }
}
