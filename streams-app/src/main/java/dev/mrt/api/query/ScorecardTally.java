package dev.mrt.api.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.market.WilsonInterval;

/**
 * The forecasts of one group (an attributed source, an event type) checked at one horizon:
 * hits (the move confirms the forecast), misses (it contradicts it), and moves too small to
 * count; the hit rate is hits over all checked, with its 95% Wilson interval.
 */
final class ScorecardTally {
    private final String key;
    private final String kind;
    private long hits;
    private long misses;
    private long notSignificant;
    private long synthetic;

    ScorecardTally(String key, String kind) {
        this.key = key;
        this.kind = kind;
    }

    void add(String verdict, boolean syntheticPrices) {
        switch (verdict) {
            case "confirms" -> hits++;
            case "contradicts" -> misses++;
            default -> notSignificant++;
        }
        if (syntheticPrices) {
            synthetic++;
        }
    }

    long checked() {
        return hits + misses + notSignificant;
    }

    String key() {
        return key;
    }

    void writeTo(ObjectNode o) {
        long n = checked();
        o.put("key", key);
        if (kind != null) {
            o.put("kind", kind);
        }
        o.put("checked", n);
        o.put("hits", hits);
        o.put("misses", misses);
        o.put("not_significant", notSignificant);
        o.put("on_synthetic_prices", synthetic);
        if (n > 0) {
            WilsonInterval w = WilsonInterval.of95(hits, n);
            o.put("hit_rate", (double) hits / n);
            o.put("ci95_low", w.low());
            o.put("ci95_high", w.high());
        } else {
            o.putNull("hit_rate");
        }
    }
}
