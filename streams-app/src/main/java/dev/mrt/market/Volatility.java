package dev.mrt.market;

/**
 * An instrument's own recent volatility before an anchor: the realized variance per unit of time
 * of its consecutive price changes (in the natural unit) over the trailing window
 * {@code [anchor - window, anchor]}, scaled to a horizon by the square root of time. Calendar
 * time counts, closed markets included: a move over a weekend is judged against the weekly pace.
 * Zero mean is assumed, as is usual for short horizons.
 *
 * @param sumSquares sum of the squared changes
 * @param changes    how many changes (consecutive pairs of prices in the window)
 * @param spanMs     time from the window's first price to its last
 */
public record Volatility(double sumSquares, int changes, long spanMs) {
    /** Fewer changes than this give no volatility: a z-score on a handful of prices means nothing. */
    public static final int MIN_CHANGES = 10;

    public static Volatility over(PriceSeries series, long anchor, long windowMs, PriceUnit unit) {
        double[] sum = {0};
        int[] n = {0};
        long[] first = {Long.MIN_VALUE};
        long[] last = {Long.MIN_VALUE};
        double[] previous = {Double.NaN};
        series.forEachBetween(anchor - windowMs, anchor, p -> {
            if (first[0] == Long.MIN_VALUE) {
                first[0] = p.time();
            } else {
                double change = unit.change(previous[0], p.value());
                sum[0] += change * change;
                n[0]++;
            }
            previous[0] = p.value();
            last[0] = p.time();
        });
        return new Volatility(sum[0], n[0], first[0] == Long.MIN_VALUE ? 0 : last[0] - first[0]);
    }

    /** One standard deviation of a move over this horizon, or null when there are too few changes. */
    public Double overHorizon(long horizonMs) {
        if (changes < MIN_CHANGES || spanMs <= 0) {
            return null;
        }
        return Math.sqrt(sumSquares / spanMs * horizonMs);
    }
}
