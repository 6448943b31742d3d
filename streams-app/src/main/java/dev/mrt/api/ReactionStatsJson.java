package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.ReactionStats;
import java.time.Duration;

/** The JSON form of one statistics window of one key. */
public final class ReactionStatsJson {
    private final ObjectMapper mapper;

    public ReactionStatsJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The store's value lacks its window (the topic's copy has it): it comes from the store's key. */
    public ObjectNode toJson(ReactionStats s, long windowStart, Duration size) {
        ObjectNode o = mapper.createObjectNode();
        o.put("dimension", s.getDimension());
        o.put("key", s.getKey());
        o.put("event_type", s.getEventType());
        o.put("asset", s.getAsset());
        o.put("direction", s.getDirection());
        o.put("country_pair", s.getCountryPair());
        o.put("window_start", IsoTimes.iso(windowStart));
        o.put("window_end", IsoTimes.iso(windowStart + size.toMillis()));
        o.put("window_size", size.toString());
        o.put("count", s.getCount());
        o.put("confidence_sum", s.getConfidenceSum());
        o.put("mean_confidence", s.getCount() == 0 ? 0 : s.getConfidenceSum() / s.getCount());
        return o;
    }
}
