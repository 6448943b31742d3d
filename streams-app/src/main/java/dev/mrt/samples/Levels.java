package dev.mrt.samples;

import dev.mrt.market.Instrument;
import dev.mrt.market.PriceUnit;
import java.util.Map;

/**
 * Where a synthetic series starts and how much it moves in 15 minutes (in its natural unit): of
 * the right order for its kind of market so that the charts look like charts, and nothing more.
 */
final class Levels {
    private static final Map<String, Double> BASE = Map.ofEntries(
            Map.entry("USDCNH", 6.8),
            Map.entry("USDCNY", 6.8),
            Map.entry("EURUSD", 1.12),
            Map.entry("GBPUSD", 1.28),
            Map.entry("AUDUSD", 0.70),
            Map.entry("USDJPY", 125.0),
            Map.entry("USDCHF", 0.95),
            Map.entry("EURCHF", 1.05),
            Map.entry("DXY", 98.0),
            Map.entry("USDMXN", 18.5),
            Map.entry("USDTRY", 20.0),
            Map.entry("USDINR", 78.0),
            Map.entry("USDKRW", 1250.0),
            Map.entry("USDBRL", 5.2),
            Map.entry("USDRUB", 75.0),
            Map.entry("USDARS", 60.0),
            Map.entry("SPX", 3800.0),
            Map.entry("NASDAQ", 11500.0),
            Map.entry("DJIA", 32000.0),
            Map.entry("OIL_BRENT", 80.0),
            Map.entry("OIL_WTI", 76.0),
            Map.entry("NATGAS", 3.5),
            Map.entry("GOLD", 1800.0),
            Map.entry("WHEAT", 650.0),
            Map.entry("SOYBEANS", 1300.0),
            Map.entry("BTP_BUND_SPREAD", 150.0));

    private Levels() {}

    static double base(Instrument i) {
        Double b = BASE.get(i.code());
        if (b != null) {
            return b;
        }
        return switch (i.unit()) {
            case YIELD_PCT, RATE_PCT -> 2.5;
            case BP -> 100.0;
            case PRICE -> 1000.0;
        };
    }

    /** One standard deviation of a 15-minute move, in percent for prices and basis points otherwise. */
    static double per15Minutes(Instrument i) {
        if (i.unit() != PriceUnit.PRICE) {
            return 0.8;
        }
        String c = i.code();
        boolean fx = c.startsWith("USD") || c.endsWith("USD") || c.equals("EURCHF") || c.equals("DXY");
        return fx ? 0.06 : 0.18;
    }
}
