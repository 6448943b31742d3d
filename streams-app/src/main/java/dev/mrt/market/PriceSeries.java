package dev.mrt.market;

import java.util.function.Consumer;

/** One instrument's prices, by time: a window store in the stream, a sorted map in tests. */
public interface PriceSeries {

    /** The last point with {@code from <= time <= to}, or null. */
    PricePoint lastBetween(long from, long to);

    /** Every point with {@code from <= time <= to}, oldest first. */
    void forEachBetween(long from, long to, Consumer<PricePoint> visitor);
}
