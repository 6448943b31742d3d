package dev.mrt.market;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * How a realized move is measured, over one horizon {@code h} from one anchor {@code a}:
 *
 * <ul>
 *   <li>It is pending until the instrument's price stream has passed {@code a + h} (a price at or
 *       after it has been seen): before that, a price inside the horizon may still come.
 *   <li>Start: the last price at or before {@code a}, no older than {@code a - h} (a price a day
 *       old says nothing of the next 15 minutes). End: the last price at or before {@code a + h},
 *       later than the start. Either missing: {@code no_prices}, with the reason.
 *   <li>Move: end against start in the natural unit ({@link PriceUnit}); positive means the
 *       quoted level rose, which is how a note's direction reads (yield for bonds, the pair as
 *       quoted for FX).
 *   <li>z: the move over the instrument's volatility at that horizon ({@link Volatility}).
 *   <li>Verdict for an up or down note: not significant below {@code |z| = zMin}, else confirms
 *       when the move has the note's sign and contradicts otherwise; for a flat note: confirms
 *       below {@code zMin}, contradicts from it; a mixed note claims no direction.
 * </ul>
 */
public final class RealizedMoveRule {
    private final long windowMs;
    private final double zMin;

    public RealizedMoveRule(Duration volatilityWindow, double zMin) {
        this.windowMs = volatilityWindow.toMillis();
        this.zMin = zMin;
    }

    public long windowMs() {
        return windowMs;
    }

    public double zMin() {
        return zMin;
    }

    /**
     * @param clock      the latest price time of the instrument, or {@link Long#MIN_VALUE} when none
     * @param volatility the volatility before the anchor, asked for only when the move is complete
     */
    public Measurement measure(
            PriceSeries series,
            String instrument,
            PriceUnit unit,
            String direction,
            long anchor,
            long horizonMs,
            long clock,
            Supplier<Volatility> volatility) {
        long end = anchor + horizonMs;
        if (clock < end) {
            return Measurement.pending(anchor);
        }
        PricePoint start = series.lastBetween(anchor - horizonMs, anchor);
        if (start == null) {
            return Measurement.noPrices(
                    anchor,
                    "no price of " + instrument + " in the " + text(horizonMs) + " up to "
                            + Instant.ofEpochMilli(anchor));
        }
        PricePoint last = series.lastBetween(start.time() + 1, end);
        if (last == null) {
            return Measurement.noPrices(
                    anchor,
                    "no price of " + instrument + " after " + Instant.ofEpochMilli(start.time()) + " up to "
                            + Instant.ofEpochMilli(end));
        }
        double move = unit.change(start.value(), last.value());
        Volatility v = volatility.get();
        Double sigma = v.overHorizon(horizonMs);
        Double z = sigma == null || sigma == 0 ? null : move / sigma;
        Measurement.Verdict verdict;
        String reason = null;
        if ("mixed".equals(direction)) {
            verdict = Measurement.Verdict.NO_DIRECTION;
        } else if (z == null) {
            verdict = Measurement.Verdict.NO_VOLATILITY;
            reason = v.changes() + " price changes of " + instrument + " in the " + text(windowMs) + " before "
                    + Instant.ofEpochMilli(anchor) + " (at least " + Volatility.MIN_CHANGES
                    + " with some movement are needed for a volatility)";
        } else {
            verdict = verdict(direction, z);
        }
        return new Measurement(
                anchor, Measurement.Status.COMPLETE, start, last, move, sigma, v.changes(), z, verdict, reason);
    }

    Measurement.Verdict verdict(String direction, double z) {
        boolean significant = Math.abs(z) >= zMin;
        return switch (direction) {
            case "flat" -> significant ? Measurement.Verdict.CONTRADICTS : Measurement.Verdict.CONFIRMS;
            case "up" ->
                !significant
                        ? Measurement.Verdict.NOT_SIGNIFICANT
                        : z > 0 ? Measurement.Verdict.CONFIRMS : Measurement.Verdict.CONTRADICTS;
            case "down" ->
                !significant
                        ? Measurement.Verdict.NOT_SIGNIFICANT
                        : z < 0 ? Measurement.Verdict.CONFIRMS : Measurement.Verdict.CONTRADICTS;
            default -> Measurement.Verdict.NO_DIRECTION;
        };
    }

    private static String text(long ms) {
        return Horizons.iso(Duration.ofMillis(ms));
    }
}
