package dev.mrt.market;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an instrument's values are, and the natural unit of its moves: percent of the price for
 * prices (FX rates, equities, commodities), basis points for yields, interest rates and spreads.
 */
public enum PriceUnit {
    /** A price or an FX rate: moves in percent. */
    PRICE("price", "%"),
    /** A bond yield in percent: moves in basis points. */
    YIELD_PCT("yield_pct", "bp"),
    /** An interest rate in percent: moves in basis points. */
    RATE_PCT("rate_pct", "bp"),
    /** A spread quoted in basis points: moves in basis points. */
    BP("bp", "bp");

    private final String code;
    private final String moveUnit;

    PriceUnit(String code, String moveUnit) {
        this.code = code;
        this.moveUnit = moveUnit;
    }

    public String code() {
        return code;
    }

    /** {@code %} or {@code bp}. */
    public String moveUnit() {
        return moveUnit;
    }

    /** The change from one value to another in the natural unit. */
    public double change(double from, double to) {
        return switch (this) {
            case PRICE -> 100.0 * (to / from - 1.0);
            case YIELD_PCT, RATE_PCT -> 100.0 * (to - from);
            case BP -> to - from;
        };
    }

    /** Null when the value can be one of this unit's, else why not. */
    public String problemWith(double value) {
        if (!Double.isFinite(value)) {
            return "value " + value + " is not a finite number";
        }
        if (this == PRICE && value <= 0) {
            return "a price must be above 0, not " + value;
        }
        return null;
    }

    public static Optional<PriceUnit> of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(u -> u.code.equals(c)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(PriceUnit::code).toList());
    }
}
