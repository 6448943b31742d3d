package dev.mrt.market;

import java.time.Duration;
import java.util.List;

/** The horizons a realized move is measured over: 15 minutes, 1 hour, 1 day after the anchor. */
public final class Horizons {
    public static final List<Duration> ALL = List.of(Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofDays(1));
    public static final Duration LONGEST = ALL.get(ALL.size() - 1);

    private Horizons() {}

    /** ISO-8601 as in keys and JSON: PT15M, PT1H, P1D (a whole number of days is written in days). */
    public static String iso(Duration d) {
        if (!d.isZero() && d.toSeconds() % 86_400 == 0 && d.toNanosPart() == 0) {
            return "P" + d.toDays() + "D";
        }
        return d.toString();
    }

    /** The horizon an ISO text names, if it is one of {@link #ALL}. */
    public static Duration parse(String iso) {
        for (Duration d : ALL) {
            if (iso(d).equalsIgnoreCase(iso) || d.toString().equalsIgnoreCase(iso)) {
                return d;
            }
        }
        throw new IllegalArgumentException("'" + iso + "' is not a horizon ("
                + String.join(", ", ALL.stream().map(Horizons::iso).toList()) + ")");
    }
}
