package dev.mrt.testing;

import dev.mrt.avro.PriceTick;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-made price series of the realized-move tests, around an article published at
 * {@link #A} (2021-09-10T12:25Z): 15-minute bars alternating by exactly 1 bp (UST 10-year yield)
 * and between 6.4500 and 6.4565 (USD/CNH) over the 5 days before it, so the volatility is known by
 * hand (1 bp per 15 minutes for the yield; 0.100724 % per 15 minutes for USD/CNH); wild bars
 * before that window (which must not count); chosen moves after it. Expected: UST +3 bp at 15
 * min (z 3, confirms an up note), +3 bp at 1 h (z 1.5), -25 bp at 1 day (z -2.5516); USD/CNH
 * -0.310078 % at 15 min (z -3.0785), +0.310078 % at 1 h (z 1.5392), -2.325581 % at 1 day
 * (z -2.3565).
 */
public final class HandMadeSeries {
    public static final Instant A = Instant.parse("2021-09-10T12:25:00Z");
    public static final Instant WINDOW_START = Instant.parse("2021-09-05T12:30:00Z");
    public static final Instant AFTER = Instant.parse("2021-09-10T12:30:00Z");
    public static final Instant NEXT_DAY = Instant.parse("2021-09-11T12:15:00Z");

    private HandMadeSeries() {}

    public static Instant at(String hhmm) {
        return Instant.parse("2021-09-10T" + hhmm + ":00Z");
    }

    /** Every bar of both instruments. */
    public static List<PriceTick> all() {
        List<PriceTick> all = new ArrayList<>(ustBefore());
        all.addAll(cnhBefore());
        all.addAll(ustAfter());
        all.addAll(cnhAfter());
        return all;
    }

    public static List<PriceTick> ustBefore() {
        List<PriceTick> out = new ArrayList<>(Prices.alternating(
                "UST_10Y", "yield_pct", WINDOW_START.minus(Duration.ofDays(1)), WINDOW_START, 3.00, 1.00));
        out.addAll(Prices.alternating("UST_10Y", "yield_pct", WINDOW_START, AFTER, 1.30, 1.31));
        return out;
    }

    public static List<PriceTick> ustAfter() {
        List<PriceTick> out = new ArrayList<>();
        out.add(Prices.tick("UST_10Y", "yield_pct", AFTER, 1.33));
        out.add(Prices.tick("UST_10Y", "yield_pct", at("12:45"), 1.34));
        out.add(Prices.tick("UST_10Y", "yield_pct", at("13:00"), 1.34));
        out.add(Prices.tick("UST_10Y", "yield_pct", at("13:15"), 1.33));
        out.addAll(Prices.flat("UST_10Y", "yield_pct", at("13:30"), NEXT_DAY, 1.33));
        out.add(Prices.tick("UST_10Y", "yield_pct", NEXT_DAY, 1.05));
        out.add(Prices.tick("UST_10Y", "yield_pct", NEXT_DAY.plus(Prices.BAR), 1.06));
        return out;
    }

    public static List<PriceTick> cnhBefore() {
        List<PriceTick> out = new ArrayList<>(
                Prices.alternating("USDCNH", "price", WINDOW_START.minus(Duration.ofDays(1)), WINDOW_START, 7.0, 6.0));
        out.addAll(Prices.alternating("USDCNH", "price", WINDOW_START, AFTER, 6.4500, 6.4565));
        return out;
    }

    public static List<PriceTick> cnhAfter() {
        List<PriceTick> out = new ArrayList<>();
        out.add(Prices.tick("USDCNH", "price", AFTER, 6.4300));
        out.add(Prices.tick("USDCNH", "price", at("12:45"), 6.4500));
        out.add(Prices.tick("USDCNH", "price", at("13:00"), 6.4600));
        out.add(Prices.tick("USDCNH", "price", at("13:15"), 6.4700));
        out.addAll(Prices.flat("USDCNH", "price", at("13:30"), NEXT_DAY, 6.47));
        out.add(Prices.tick("USDCNH", "price", NEXT_DAY, 6.3000));
        out.add(Prices.tick("USDCNH", "price", NEXT_DAY.plus(Prices.BAR), 6.3000));
        return out;
    }
}
