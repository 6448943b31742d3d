package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.ReactionStats;
import java.time.Duration;

/**
 * The JSON form of one statistics window of one key: every field of the record ({@link
 * AvroJson}), its window taken from the store's key, plus {@code window_size} (ISO-8601) and
 * {@code mean_confidence}.
 */
public final class ReactionStatsJson {

    private ReactionStatsJson() {}

    /** The store's value lacks its window (the topic's copy has it): it comes from the store's key. */
    public static ObjectNode toJson(ReactionStats s, long windowStart, Duration size) {
        ObjectNode o = AvroJson.of(s);
        o.put("window_size_ms", size.toMillis());
        o.put("window_start", IsoTimes.iso(windowStart));
        o.put("window_end", IsoTimes.iso(windowStart + size.toMillis()));
        o.put("window_size", size.toString());
        o.put("mean_confidence", s.getCount() == 0 ? 0 : s.getConfidenceSum() / s.getCount());
        return o;
    }
}
