package dev.mrt.testing;

import dev.mrt.market.PricePoint;
import dev.mrt.market.PriceSeries;
import java.util.TreeMap;
import java.util.function.Consumer;

/** A price series in a sorted map: the model the window-store series is checked against. */
public final class SortedPriceSeries implements PriceSeries {
    private final TreeMap<Long, PricePoint> points;

    public SortedPriceSeries() {
        this(new TreeMap<>());
    }

    public SortedPriceSeries(TreeMap<Long, PricePoint> points) {
        this.points = points;
    }

    public SortedPriceSeries put(long t, double v) {
        points.put(t, new PricePoint(t, v, false));
        return this;
    }

    @Override
    public PricePoint lastBetween(long from, long to) {
        var e = from > to ? null : points.subMap(from, true, to, true).lastEntry();
        return e == null ? null : e.getValue();
    }

    @Override
    public void forEachBetween(long from, long to, Consumer<PricePoint> visitor) {
        if (from <= to) {
            points.subMap(from, true, to, true).values().forEach(visitor);
        }
    }
}
