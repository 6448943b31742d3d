package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code GET /api/v1}: what the API offers, so a client (or a person with curl) can find its way. */
public final class ApiIndex {
    private static final Map<String, String> ENDPOINTS = endpoints();

    private final ObjectMapper mapper;

    public ApiIndex(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    private static Map<String, String> endpoints() {
        String paging = " Paged: from, to (ISO-8601 instant or date), limit (1-" + PageRequest.MAX_LIMIT
                + "), cursor (next_cursor).";
        Map<String, String> m = new TreeMap<>();
        m.put("/articles", "Enriched articles, newest first. Filter: tag." + paging);
        m.put("/articles/{id}", "One enriched article (answered by the instance that owns the id).");
        m.put("/articles/{id}/text", "The article's title and body; evidence offsets index into 'text'.");
        m.put("/events", "Political events. Filters: type (code or dotted prefix), country (ISO code)." + paging);
        m.put(
                "/reactions",
                "Market reactions (inside articles and cross-feed) at their event's time, each with its realized "
                        + "moves. "
                        + "Filters: asset, direction, event_type, event_id (comma-separated), scope (article|cross_feed)."
                        + paging);
        m.put("/timeline", "Political events with their reactions attached. Filters as /events." + paging);
        m.put(
                "/stats/{hourly|daily}",
                "Statistics windows. One key: key, or event_type+asset+direction, or country_pair; "
                        + "else filters dimension, event_type, asset, direction." + paging);
        m.put(
                "/heatmap",
                "Reaction counts by event type x asset and direction over from/to. granularity: daily (default) or hourly.");
        m.put("/instances", "The application's instances and what each hosts.");
        m.put(
                "/realized",
                "What the market did after each reaction: moves over PT15M, PT1H, P1D from the event and from "
                        + "publication, z-score and verdict; at the event's time. Filters: reaction_id "
                        + "(comma-separated), asset, event_type, horizon, modality, verdict." + paging);
        m.put(
                "/realized/heatmap",
                "Mean realized move and z by event type x asset over from/to. horizon (PT1H default), anchor "
                        + "(event|publication).");
        m.put(
                "/scorecard",
                "Expected and conditional notes checked against the move after their publication: hit rates by "
                        + "attributed source and by event type, with counts and a 95% Wilson interval. horizon "
                        + "(P1D default), from, to.");
        m.put(
                "/prices/{instrument}",
                "Prices of an instrument (code or symbol) over from/to, thinned to limit points.");
        m.put(
                "/live",
                "Server-Sent Events: 'article' and 'link' as committed; Last-Event-ID resumes; backlog=N replays the last N.");
        return m;
    }

    public void get(Context ctx) {
        QueryParameters.of(ctx.queryParamMap(), Set.of());
        ObjectNode out = mapper.createObjectNode();
        ObjectNode eps = out.putObject("endpoints");
        ENDPOINTS.forEach((path, doc) -> eps.put(HttpPaths.API + path, doc));
        out.put("health", HttpPaths.LIVE + ", " + HttpPaths.READY);
        out.put("metrics", HttpPaths.METRICS);
        ctx.json(out);
    }
}
