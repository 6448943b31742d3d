package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.QueryString;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.IsoTimes;
import dev.mrt.topology.StoreNames;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /api/v1/timeline}: a page of political events (as {@code /events}) each with its market
 * reactions attached. Events and their cross-feed reactions live on different partitions, so this
 * is two gathers: the page of events, then the reactions in the page's time span (reactions are
 * placed at their event's time), kept for the events on the page; then their realized moves.
 */
public final class TimelineEndpoint {
    /** Reactions gathered per round trip, and the most round trips one page may take. */
    private static final int REACTION_BATCH = PageRequest.MAX_LIMIT;

    private static final int MAX_REACTION_BATCHES = 20;

    private final QueryServices q;
    private final EventEndpoints events;
    private final ReactionEndpoints reactions;
    private final RealizedAttacher realized;

    public TimelineEndpoint(
            QueryServices q, EventEndpoints events, ReactionEndpoints reactions, RealizedEndpoints realized) {
        this.q = q;
        this.events = events;
        this.reactions = reactions;
        this.realized = realized.attacher();
    }

    public void list(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), EventEndpoints.PARAMETERS);
        TimeRange range = p.timeRange();
        PageRequest page = p.page();
        EventFilter filter = EventFilter.from(p);
        String eventsPath = HttpPaths.API + "/events?"
                + filter.addTo(new QueryString()
                        .with(QueryParameters.FROM, iso(range.from()))
                        .with(QueryParameters.TO, iso(range.to()))
                        .with(QueryParameters.LIMIT, page.limit())
                        .with(QueryParameters.CURSOR, p.text(QueryParameters.CURSOR)));
        ObjectNode out = q.gather()
                .page(
                        List.of(StoreNames.DASHBOARD_ARTICLES),
                        eventsPath,
                        false,
                        page,
                        () -> events.localPage(range, page, filter));

        Map<String, ArrayNode> byEvent = new HashMap<>();
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (JsonNode e : out.path("items")) {
            ArrayNode list = ((ObjectNode) e).putArray("reactions");
            byEvent.put(e.path("id").asText(), list);
            long t = Instant.parse(e.path("event_time").asText()).toEpochMilli();
            min = Math.min(min, t);
            max = Math.max(max, t);
        }
        if (!byEvent.isEmpty()) {
            boolean complete = attachReactions(byEvent, new TimeRange(min, max), filter.type());
            List<ObjectNode> all = new ArrayList<>();
            byEvent.values().forEach(list -> list.forEach(r -> all.add((ObjectNode) r)));
            complete &= realized.attach(all);
            out.put("complete", out.path("complete").asBoolean() && complete);
        }
        ctx.json(out);
    }

    /** @return false when an instance did not answer or the reactions did not fit the round trips allowed */
    private boolean attachReactions(Map<String, ArrayNode> byEvent, TimeRange span, String eventType) {
        ReactionFilter filter = new ReactionFilter(null, null, eventType, List.of(), null);
        String path = HttpPaths.API + "/reactions?"
                + new QueryString()
                        .with(QueryParameters.FROM, iso(span.from()))
                        .with(QueryParameters.TO, iso(span.to()))
                        .with(ReactionFilter.EVENT_TYPE, eventType);
        boolean complete = q.gather()
                .forEachItem(
                        ReactionEndpoints.STORES,
                        path,
                        REACTION_BATCH,
                        MAX_REACTION_BATCHES,
                        page -> reactions.localPage(span, page, filter),
                        r -> {
                            ArrayNode list = byEvent.get(r.path("event_id").asText());
                            if (list != null) {
                                list.add(r);
                            }
                        });
        byEvent.values().forEach(TimelineEndpoint::strongestFirst);
        return complete;
    }

    private static void strongestFirst(ArrayNode reactions) {
        List<JsonNode> sorted = new ArrayList<>();
        reactions.forEach(sorted::add);
        sorted.sort((a, b) -> Double.compare(
                b.path("confidence").asDouble(), a.path("confidence").asDouble()));
        reactions.removeAll();
        sorted.forEach(reactions::add);
    }

    private static String iso(long t) {
        return IsoTimes.iso(t);
    }
}
