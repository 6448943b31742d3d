package dev.mrt.tagging.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.TestTaggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ways news writes about markets and moves, in text the team wrote. */
class MarketWordingTest {
    private static List<String> notes(String body) {
        return TestTaggers.notes(body);
    }

    @Test
    void marketsWithoutACodeFallToTheirFamily() {
        assertThat(notes("Poland's WIG20 index rose 1.2% on Monday.")).containsExactly("EM_EQUITIES up");
        assertThat(notes("Amsterdam's AEX fell 0.8%.")).containsExactly("EU_EQUITIES down");
        assertThat(notes("Swiss stocks fell on Friday.")).containsExactly("EU_EQUITIES down");
        assertThat(notes("Canada's S&P/TSX composite index was flat.")).containsExactly("GLOBAL_EQUITIES flat");
        assertThat(notes("Slovak bond yields rose.")).containsExactly("EGB_YIELDS up");
    }

    @Test
    void flatWording() {
        assertThat(notes("The yen was little changed after the decision.")).containsExactly("USDJPY flat");
        assertThat(notes("Gold held steady near $2,000 an ounce.")).containsExactly("GOLD flat");
    }

    @Test
    void twoQuotedLevelsDecideTheDirection() {
        // The prose says the ruble "fell", the levels say it strengthened (fewer rubles per dollar).
        assertThat(notes("The ruble fell to 83.89 from 85.37 per dollar.")).containsExactly("USDRUB down");
        // "weakened", but fewer forints per euro: the forint gained.
        assertThat(notes("The Hungarian forint weakened to 395 from 398 per euro."))
                .containsExactly("EURHUF down");
    }

    @Test
    void movesCitedAsHistoryAreNotNotes() {
        assertThat(notes("The forint has appreciated 6% so far this year.")).isEmpty();
        assertThat(notes("Stocks have fallen 12% since January.")).isEmpty();
        // A history phrase after a superlative measures today's move.
        assertThat(notes("The lira fell to its lowest since last year on Monday."))
                .containsExactly("USDTRY up");
    }

    @Test
    void spreadsAreNamedByTheCountryMeasuredAgainstTheBenchmark() {
        assertThat(notes("The spread between Italian and German 10-year yields widened to 250 basis points."))
                .contains("BTP_BUND_SPREAD up");
        assertThat(notes("French bond spreads narrowed on Tuesday.")).containsExactly("OAT_BUND_SPREAD down");
    }

    @Test
    void riskSentimentWording() {
        assertThat(notes("Investors rushed to safe havens after the attack.")).containsExactly("RISK_SENTIMENT down");
        assertThat(notes("Risk appetite returned on Wednesday.")).containsExactly("RISK_SENTIMENT up");
        assertThat(notes("The ruling calmed markets.")).containsExactly("RISK_SENTIMENT up");
    }

    @Test
    void pastPerfectMovesAreBackground() {
        assertThat(notes("Oil rose 3% on Tuesday. Oil had fallen on Monday.")).containsExactly("OIL up");
    }

    @Test
    void aMoveAgainstSeveralCurrenciesIsAMoveOfEachPair() {
        assertThat(notes("Sterling strengthened slightly against the US dollar and the euro."))
                .containsExactlyInAnyOrder("GBPUSD up", "EURGBP down");
        assertThat(notes("The euro fell 1% against the dollar and declined 0.8% against the British pound."))
                .containsExactlyInAnyOrder("EURUSD down", "EURGBP down");
        assertThat(notes("Against the Japanese yen, the euro surged 3%.")).containsExactly("EURJPY up");
    }

    @Test
    void signedChangesInBracketsAfterAnAssetAreItsMoves() {
        assertThat(notes("Losers included the Brazilian real (-0.67%) and the Chilean peso (-1.33%), while "
                        + "the Polish zloty (+0.2%) held up."))
                .contains("USDBRL up", "USDCLP up", "EURPLN down");
    }

    @Test
    void aStatedLevelMovesOnlyWithASecondLevelToCompare() {
        assertThat(notes("The euro was at $1.0713 from $1.0732.")).containsExactly("EURUSD down");
        assertThat(notes("The euro was at $1.0713 in late trade.")).isEmpty();
    }

    @Test
    void aGenericMarketWordBesideOneCountrysCurrencyIsThatCountrysMarket() {
        assertThat(notes("Taiwan dollar falls to eight-year low, stocks tumble"))
                .containsExactlyInAnyOrder("USDTWD up", "EM_EQUITIES down");
    }

    @Test
    void wordsThatOnlyLookLikeMovesAreNot() {
        // Steadiness after "to" is a purpose; "advanced" before chips is an adjective.
        assertThat(notes("The peso fell 2% as the central bank struggled to stabilise the market."))
                .containsExactly("USDMXN up");
        assertThat(notes("The Nasdaq fell as investors weighed new curbs on exports of advanced chips to China."))
                .containsExactly("NASDAQ down");
    }
}
