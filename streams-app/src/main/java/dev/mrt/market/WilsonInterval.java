package dev.mrt.market;

/**
 * The Wilson score interval of a proportion (hits out of n): unlike the normal approximation it
 * stays inside [0, 1] and is honest for small n and rates near 0 or 1, which is what a scorecard
 * of a few dozen forecasts per source has.
 */
public record WilsonInterval(double low, double high) {
    /** z of a two-sided 95% interval. */
    public static final double Z95 = 1.959963984540054;

    public static WilsonInterval of(long hits, long n, double z) {
        if (n <= 0) {
            return new WilsonInterval(0, 1);
        }
        double p = (double) hits / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new WilsonInterval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    public static WilsonInterval of95(long hits, long n) {
        return of(hits, n, Z95);
    }
}
