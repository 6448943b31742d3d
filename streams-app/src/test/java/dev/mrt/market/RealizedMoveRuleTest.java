package dev.mrt.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mrt.testing.SortedPriceSeries;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The rule of a realized move on a series in memory: statuses, units, the window, and every verdict. */
class RealizedMoveRuleTest {
    private static final long MIN = 60_000;
    private static final long H = 15 * MIN;
    private static final RealizedMoveRule RULE = new RealizedMoveRule(Duration.ofHours(5), 2.0);

    /** 20 bars every 15 minutes up to t=0 alternating 100 and 101 bp... in a yield, then {@code after} at +15 min. */
    private static SortedPriceSeries yields(double after) {
        SortedPriceSeries s = new SortedPriceSeries();
        for (int k = 0; k < 20; k++) {
            s.put(-k * H, k % 2 == 0 ? 2.00 : 2.01);
        }
        return s.put(H, after);
    }

    private static Measurement measure(SortedPriceSeries s, PriceUnit unit, String direction, long clock) {
        return RULE.measure(
                s,
                "X",
                unit,
                direction,
                0,
                H,
                clock,
                () -> Volatility.over(s, 0, Duration.ofHours(5).toMillis(), unit));
    }

    @Test
    void pendingUntilThePriceStreamHasPassedTheHorizon() {
        assertThat(measure(yields(2.05), PriceUnit.YIELD_PCT, "up", H - 1).status())
                .isEqualTo(Measurement.Status.PENDING);
        assertThat(measure(yields(2.05), PriceUnit.YIELD_PCT, "up", H).status()).isEqualTo(Measurement.Status.COMPLETE);
    }

    @Test
    void yieldsMoveInBasisPointsAgainstTheirOwnVolatility() {
        Measurement m = measure(yields(2.05), PriceUnit.YIELD_PCT, "up", H);
        assertThat(m.move()).isCloseTo(5.0, within(1e-9));
        assertThat(m.volatilityChanges()).isEqualTo(19);
        assertThat(m.volatility()).as("1 bp per 15 minutes").isCloseTo(1.0, within(1e-9));
        assertThat(m.z()).isCloseTo(5.0, within(1e-9));
        assertThat(m.verdict()).isEqualTo(Measurement.Verdict.CONFIRMS);
        assertThat(measure(yields(2.05), PriceUnit.YIELD_PCT, "down", H).verdict())
                .isEqualTo(Measurement.Verdict.CONTRADICTS);
        assertThat(measure(yields(2.019), PriceUnit.YIELD_PCT, "up", H).verdict())
                .as("1.9 bp is under 2 sigma")
                .isEqualTo(Measurement.Verdict.NOT_SIGNIFICANT);
    }

    @Test
    void flatNotesConfirmWhenNothingMovedAndMixedNotesClaimNoDirection() {
        assertThat(measure(yields(2.01), PriceUnit.YIELD_PCT, "flat", H).verdict())
                .isEqualTo(Measurement.Verdict.CONFIRMS);
        assertThat(measure(yields(2.10), PriceUnit.YIELD_PCT, "flat", H).verdict())
                .isEqualTo(Measurement.Verdict.CONTRADICTS);
        assertThat(measure(yields(2.10), PriceUnit.YIELD_PCT, "mixed", H).verdict())
                .isEqualTo(Measurement.Verdict.NO_DIRECTION);
    }

    @Test
    void pricesMoveInPercentAndSpreadsInBasisPoints() {
        SortedPriceSeries s = new SortedPriceSeries().put(-MIN, 200).put(H, 203);
        Measurement price = measure(s, PriceUnit.PRICE, "up", H);
        assertThat(price.move()).isCloseTo(1.5, within(1e-9));
        assertThat(price.verdict()).as("two prices make no volatility").isEqualTo(Measurement.Verdict.NO_VOLATILITY);
        assertThat(price.reason()).startsWith("0 price changes of X in the PT5H before");
        assertThat(measure(s, PriceUnit.BP, "up", H).move()).isCloseTo(3.0, within(1e-9));
    }

    @Test
    void missingStartOrEndPricesSaySo() {
        SortedPriceSeries stale = new SortedPriceSeries().put(-H - 1, 2.0).put(H, 2.1);
        Measurement noStart = measure(stale, PriceUnit.YIELD_PCT, "up", H);
        assertThat(noStart.status()).isEqualTo(Measurement.Status.NO_PRICES);
        assertThat(noStart.reason()).isEqualTo("no price of X in the PT15M up to 1970-01-01T00:00:00Z");
        SortedPriceSeries noEnd = new SortedPriceSeries().put(-MIN, 2.0).put(H + 1, 2.1);
        Measurement m = measure(noEnd, PriceUnit.YIELD_PCT, "up", H + 1);
        assertThat(m.status()).isEqualTo(Measurement.Status.NO_PRICES);
        assertThat(m.reason()).startsWith("no price of X after 1969-12-31T23:59:00Z up to 1970-01-01T00:15:00Z");
    }

    @Test
    void wilsonIntervalsAreThoseOfTheTextbook() {
        WilsonInterval w = WilsonInterval.of95(8, 10);
        assertThat(w.low()).isCloseTo(0.4902, within(1e-4));
        assertThat(w.high()).isCloseTo(0.9433, within(1e-4));
        WilsonInterval none = WilsonInterval.of95(0, 10);
        assertThat(none.low()).isZero();
        assertThat(none.high()).isCloseTo(0.2775, within(1e-4));
        assertThat(WilsonInterval.of95(0, 0)).isEqualTo(new WilsonInterval(0, 1));
    }
}
