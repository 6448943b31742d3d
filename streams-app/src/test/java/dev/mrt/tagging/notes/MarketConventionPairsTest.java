package dev.mrt.tagging.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.TestTaggers;
import dev.mrt.tagging.taxonomy.AssetDef;
import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Taxonomy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every currency the taxonomy knows moves as its pair in market convention (LABELLING rule 11). */
class MarketConventionPairsTest {
    private static final Taxonomy TAXONOMY = TestTaggers.TAGGER.taxonomy();

    private static List<String> notes(String body) {
        return TestTaggers.notes(body);
    }

    @Test
    void everyCurrencyHasAPairAgainstTheDollarAndTheEuroNamedInMarketConvention() {
        for (String iso : List.of("IDR", "ZAR", "HUF", "KZT", "GHS", "UYU", "ISK", "VND")) {
            AssetDef usd = TAXONOMY.pair(iso, "USD").orElseThrow(() -> new AssertionError(iso));
            assertThat(usd.base()).isEqualTo("USD");
            assertThat(usd.code()).isEqualTo("USD" + iso);
            assertThat(TAXONOMY.pair("EUR", iso).orElseThrow().code()).isEqualTo("EUR" + iso);
        }
        assertThat(TAXONOMY.pair("NZD", "AUD").orElseThrow().code()).isEqualTo("AUDNZD");
        assertThat(TAXONOMY.pair("JPY", "GBP").orElseThrow().code()).isEqualTo("GBPJPY");
        assertThat(TAXONOMY.countriesOf("USDIDR")).containsExactly("ID", "US");
        // A pair the files declare keeps its own definition (its family).
        assertThat(TAXONOMY.familyOf(TAXONOMY.pair("CNY", "USD").orElseThrow().code()))
                .isEqualTo("YUAN");
    }

    @Test
    void aSingleCurrencyMovingIsItsPairAgainstTheDollarInverted() {
        assertThat(notes("The lira fell 3% on Tuesday.")).containsExactly("USDTRY up");
        assertThat(notes("The rand firmed in early trade.")).containsExactly("USDZAR down");
        assertThat(notes("Indonesia's rupiah weakened to a record low.")).containsExactly("USDIDR up");
        assertThat(notes("The Ghanaian cedi slid 2%.")).containsExactly("USDGHS up");
        assertThat(notes("The loonie strengthened after the jobs data.")).containsExactly("USDCAD down");
        assertThat(notes("The kiwi rose 0.5%.")).containsExactly("NZDUSD up");
    }

    @Test
    void centralEuropeanAndNordicCurrenciesMoveAgainstTheEuroUnlessTheTextNamesAnother() {
        assertThat(notes("The forint weakened on Wednesday.")).containsExactly("EURHUF up");
        assertThat(notes("The Swedish crown strengthened.")).containsExactly("EURSEK down");
        assertThat(notes("The zloty fell against the dollar.")).containsExactly("USDPLN up");
    }

    @Test
    void crossesTakeTheBaseTheConventionGives() {
        assertThat(notes("The Aussie rose against the kiwi.")).containsExactly("AUDNZD up");
        assertThat(notes("The rand fell against the pound.")).containsExactly("GBPZAR up");
        assertThat(notes("The euro declined against the British pound.")).containsExactly("EURGBP down");
    }

    @Test
    void aNameSeveralCurrenciesShareIsTheSentencesCountrysCurrency() {
        assertThat(notes("Pakistan and India traded fire. Indian shares slipped and the rupee weakened."))
                .contains("USDINR up");
        assertThat(notes("Kenya's central bank held rates and the shilling eased."))
                .contains("USDKES up");
        NoteFinding rupee = TestTaggers.note(TestTaggers.tag("The rupee fell after US tariffs."), "USDINR");
        assertThat(rupee).isNotNull();
        assertThat(rupee.direction()).isEqualTo(Direction.UP);
    }
}
