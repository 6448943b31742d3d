package dev.mrt.market;

/**
 * The move of an instrument over one horizon from one anchor, as {@link RealizedMoveRule}
 * measures it. Fields that do not apply to the status are null.
 */
public record Measurement(
        long anchor,
        Status status,
        PricePoint start,
        PricePoint end,
        Double move,
        Double volatility,
        int volatilityChanges,
        Double z,
        Verdict verdict,
        String reason) {

    public enum Status {
        /** Start and end prices known, and the price stream has passed the horizon. */
        COMPLETE("complete"),
        /** The price stream has not yet passed anchor + horizon. */
        PENDING("pending"),
        /** It has, but a price needed is missing (see the reason). */
        NO_PRICES("no_prices");

        private final String code;

        Status(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public enum Verdict {
        CONFIRMS("confirms"),
        CONTRADICTS("contradicts"),
        NOT_SIGNIFICANT("not_significant"),
        /** Too few price changes in the trailing window for a volatility. */
        NO_VOLATILITY("no_volatility"),
        /** A mixed note claims no direction. */
        NO_DIRECTION("no_direction");

        private final String code;

        Verdict(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public static Measurement pending(long anchor) {
        return new Measurement(anchor, Status.PENDING, null, null, null, null, 0, null, null, null);
    }

    public static Measurement noPrices(long anchor, String reason) {
        return new Measurement(anchor, Status.NO_PRICES, null, null, null, null, 0, null, null, reason);
    }

    public boolean synthetic() {
        return start != null && start.synthetic() || end != null && end.synthetic();
    }
}
