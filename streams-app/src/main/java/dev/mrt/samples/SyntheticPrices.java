package dev.mrt.samples;

import dev.mrt.market.Instrument;
import dev.mrt.market.PriceUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Made-up price bars around chosen moments ("episodes"): for each, hourly bars over the five days
 * before it and 15-minute bars from two hours before to a day and an hour after, a random walk
 * with a burst of volatility in the two hours after the moment (as news brings), in a random
 * direction: nothing in them knows what any note said. The same episodes and seed give the same
 * bars, to the last digit.
 */
public final class SyntheticPrices {
    static final Duration COARSE = Duration.ofHours(1);
    static final Duration FINE = Duration.ofMinutes(15);
    static final Duration COARSE_FROM = Duration.ofDays(5).plusHours(1);
    static final Duration FINE_FROM = Duration.ofHours(2);
    static final Duration FINE_TO = Duration.ofDays(1).plusHours(1);
    static final Duration BURST = Duration.ofHours(2);

    /** A moment to make prices around, for one instrument. */
    public record Episode(Instrument instrument, Instant anchor) {}

    /** One bar: time, the instrument's code, its value. */
    public record Bar(Instant time, String instrument, double value) {}

    private final long seed;

    public SyntheticPrices(long seed) {
        this.seed = seed;
    }

    /** The bars of every episode, by instrument then time; episodes of one instrument share one walk. */
    public List<Bar> bars(List<Episode> episodes) {
        Map<String, List<Episode>> byInstrument = new TreeMap<>();
        episodes.forEach(e -> byInstrument
                .computeIfAbsent(e.instrument().code(), k -> new ArrayList<>())
                .add(e));
        List<Bar> out = new ArrayList<>();
        for (List<Episode> list : byInstrument.values()) {
            out.addAll(walk(list));
        }
        return out;
    }

    private List<Bar> walk(List<Episode> episodes) {
        Instrument instrument = episodes.get(0).instrument();
        TreeSet<Long> times = new TreeSet<>();
        List<long[]> bursts = new ArrayList<>();
        for (Episode e : episodes) {
            long a = e.anchor().toEpochMilli();
            addGrid(times, a - COARSE_FROM.toMillis(), a - FINE_FROM.toMillis(), COARSE.toMillis());
            addGrid(times, a - FINE_FROM.toMillis(), a + FINE_TO.toMillis(), FINE.toMillis());
            bursts.add(new long[] {a, a + BURST.toMillis()});
        }
        Random random = new Random(seed ^ instrument.code().hashCode());
        double base = Levels.base(instrument);
        double sigma = Levels.per15Minutes(instrument);
        double level = base;
        long previous = Long.MIN_VALUE;
        List<Bar> out = new ArrayList<>();
        for (long t : times) {
            if (previous == Long.MIN_VALUE || t - previous > Duration.ofDays(2).toMillis()) {
                // A new stretch starts near the base level: no walk across weeks without bars.
                level = base * (1 + 0.02 * random.nextGaussian());
            } else {
                double steps = (t - previous) / (double) FINE.toMillis();
                boolean burst = bursts.stream().anyMatch(b -> t > b[0] && t <= b[1]);
                double s = sigma * Math.sqrt(steps) * (burst ? 3 : 1);
                level = next(instrument.unit(), level, s * random.nextGaussian());
            }
            out.add(new Bar(Instant.ofEpochMilli(t), instrument.code(), round(instrument.unit(), level)));
            previous = t;
        }
        return out;
    }

    private static void addGrid(TreeSet<Long> times, long from, long to, long step) {
        long first = Math.floorDiv(from, step) * step + step;
        for (long t = first; t <= to; t += step) {
            times.add(t);
        }
    }

    /** A step in the natural unit: percent of the price, basis points of a yield, rate or spread. */
    private static double next(PriceUnit unit, double level, double step) {
        return switch (unit) {
            case PRICE -> level * (1 + step / 100.0);
            case YIELD_PCT, RATE_PCT -> level + step / 100.0;
            case BP -> level + step;
        };
    }

    private static double round(PriceUnit unit, double v) {
        double scale = unit == PriceUnit.PRICE ? (v >= 1000 ? 100 : v >= 10 ? 10_000 : 100_000) : 10_000;
        return Math.round(v * scale) / scale;
    }

    static String format(double v) {
        String s = String.format(Locale.ROOT, "%.6f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s + "0" : s;
    }
}
