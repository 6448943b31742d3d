package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.IsoTimes;
import dev.mrt.avro.ReactionStats;
import dev.mrt.topology.ReactionIncrements;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code /api/v1/heatmap}: reactions by event type x asset over a time range, summed from the
 * statistics windows (daily by default) that start in it. Each window lives on one partition,
 * so the instances' sums add up without double counting.
 */
public final class HeatmapEndpoint {
    static final String GRANULARITY = "granularity";
    private static final Set<String> PARAMETERS = Set.of(QueryParameters.FROM, QueryParameters.TO, GRANULARITY);

    private final QueryServices q;

    public HeatmapEndpoint(QueryServices q) {
        this.q = q;
    }

    public void get(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), PARAMETERS);
        TimeRange range = p.timeRange();
        String name = p.text(GRANULARITY);
        StatsGranularity g = name == null ? StatsGranularity.DAILY : StatsGranularity.of(name, GRANULARITY);
        if (ScatterGather.isLocalScope(ctx)) {
            ctx.json(local(g, range));
            return;
        }
        ScatterGather.Gathered gathered =
                q.gather().gather(g.store(), ScatterGather.pathAndQuery(ctx), () -> local(g, range));
        Map<String, HeatmapCell> cells = new TreeMap<>();
        Set<Integer> partitions = new TreeSet<>();
        for (JsonNode answer : gathered.answers()) {
            for (JsonNode c : answer.path("cells")) {
                cell(cells, c.path("event_type").asText(), c.path("asset").asText())
                        .add(c);
            }
            answer.path("partitions").forEach(n -> partitions.add(n.asInt()));
        }
        ObjectNode out = q.mapper().createObjectNode();
        out.put("granularity", g.apiName());
        out.put(QueryParameters.FROM, IsoTimes.iso(range.from()));
        out.put(QueryParameters.TO, IsoTimes.iso(range.to()));
        ArrayNode arr = out.putArray("cells");
        cells.values().forEach(c -> arr.add(c.toJson(q.mapper())));
        q.gather().completeness(out, gathered.unanswered(), partitions);
        ctx.json(out);
    }

    private ObjectNode local(StatsGranularity g, TimeRange range) {
        Map<String, HeatmapCell> cells = new TreeMap<>();
        LocalStores.Scan scan = g.scan(q.stores(), range, (start, window) -> {
            for (ReactionStats s : window.toStats(start, g.size().toMillis())) {
                if (ReactionIncrements.BY_EVENT_ASSET_DIRECTION.equals(s.getDimension())) {
                    cell(cells, s.getEventType(), s.getAsset())
                            .add(s.getDirection(), s.getCount(), s.getConfidenceSum());
                }
            }
        });
        ObjectNode out = q.mapper().createObjectNode();
        ArrayNode arr = out.putArray("cells");
        cells.values().forEach(c -> arr.add(c.toJson(q.mapper())));
        ArrayNode parts = out.putArray("partitions");
        scan.partitions().forEach(parts::add);
        return out;
    }

    private static HeatmapCell cell(Map<String, HeatmapCell> cells, String eventType, String asset) {
        return cells.computeIfAbsent(eventType + "|" + asset, k -> new HeatmapCell(eventType, asset));
    }
}
