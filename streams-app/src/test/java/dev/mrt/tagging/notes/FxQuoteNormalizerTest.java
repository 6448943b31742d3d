package dev.mrt.tagging.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.Tags;
import dev.mrt.tagging.TestTaggers;
import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Modality;
import org.junit.jupiter.api.Test;

class FxQuoteNormalizerTest {
    private static final FxQuoteNormalizer FX = new FxQuoteNormalizer(TestTaggers.TAGGER.taxonomy());

    @Test
    void currencyValueMapsToPairQuote() {
        assertThat(FX.normalize("CNY", null, Direction.UP).orElseThrow())
                .isEqualTo(new FxQuoteNormalizer.Quote("USDCNY", Direction.DOWN));
        assertThat(FX.normalize("EUR", null, Direction.DOWN).orElseThrow())
                .isEqualTo(new FxQuoteNormalizer.Quote("EURUSD", Direction.DOWN));
        assertThat(FX.normalize("USD", null, Direction.UP).orElseThrow())
                .isEqualTo(new FxQuoteNormalizer.Quote("DXY", Direction.UP));
        assertThat(FX.normalize("USD", "CNH", Direction.DOWN).orElseThrow())
                .isEqualTo(new FxQuoteNormalizer.Quote("USDCNH", Direction.DOWN));
        assertThat(FX.normalize("JPY", "EUR", Direction.UP).orElseThrow())
                .isEqualTo(new FxQuoteNormalizer.Quote("EURJPY", Direction.DOWN));
        assertThat(FX.normalize("IDR", null, Direction.DOWN).orElseThrow())
                .isEqualTo(new FxQuoteNormalizer.Quote("USDIDR", Direction.UP));
    }

    @Test
    void sentencesAboutCurrencies() {
        assertThat(TestTaggers.note(TestTaggers.tag("The yuan strengthened on Monday."), "USDCNY")
                        .direction())
                .isEqualTo(Direction.DOWN);
        assertThat(TestTaggers.note(TestTaggers.tag("The euro fell to a two-week low."), "EURUSD")
                        .direction())
                .isEqualTo(Direction.DOWN);
        assertThat(TestTaggers.note(TestTaggers.tag("The dollar rose broadly in late trading."), "DXY")
                        .direction())
                .isEqualTo(Direction.UP);
        assertThat(TestTaggers.note(TestTaggers.tag("The rupee weakened past 83 per dollar."), "USDINR")
                        .direction())
                .isEqualTo(Direction.UP);
    }

    @Test
    void dollarAgainstNamedCounterCurrency() {
        Tags t = TestTaggers.tag("A strategist said the dollar could slide against the offshore yuan next week.");
        NoteFinding n = TestTaggers.note(t, "USDCNH");
        assertThat(n.direction()).isEqualTo(Direction.DOWN);
        assertThat(n.modality()).isEqualTo(Modality.EXPECTED);
        assertThat(t.notes()).noneMatch(x -> x.asset().equals("DXY"));
    }

    @Test
    void counterCurrencyIsNeverTheSubject() {
        Tags t = TestTaggers.tag("The lira tumbled against the dollar to a record low.");
        assertThat(t.notes()).extracting(NoteFinding::asset).containsExactly("USDTRY");
        assertThat(t.notes().get(0).direction()).isEqualTo(Direction.UP);
    }
}
