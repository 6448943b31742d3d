package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/** Reactions of one (event type, asset) cell of the heatmap: counts by direction and summed confidence. */
public final class HeatmapCell {
    private final String eventType;
    private final String asset;
    private final Map<String, Long> byDirection = new TreeMap<>();
    private long total;
    private double confidenceSum;

    public HeatmapCell(String eventType, String asset) {
        this.eventType = eventType;
        this.asset = asset;
    }

    public void add(String direction, long count, double confidence) {
        byDirection.merge(direction, count, Long::sum);
        total += count;
        confidenceSum += confidence;
    }

    public void add(JsonNode other) {
        other.path("directions")
                .fields()
                .forEachRemaining(d -> add(d.getKey(), d.getValue().asLong(), 0));
        confidenceSum += other.path("confidence_sum").asDouble();
    }

    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("event_type", eventType);
        o.put("asset", asset);
        o.put("total", total);
        ObjectNode d = o.putObject("directions");
        byDirection.forEach(d::put);
        o.put("confidence_sum", confidenceSum);
        o.put("mean_confidence", total == 0 ? 0 : confidenceSum / total);
        return o;
    }
}
