package dev.mrt.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.testing.TestConfigs;
import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The instruments file: the shipped one loads against the taxonomy; each mistake names file, line and key. */
class InstrumentsLoaderTest {
    private static final Set<String> ASSETS = Set.of("UST_10Y", "UST_YIELDS", "USDCNH", "SPX", "US_EQUITIES");

    private static Instruments parse(String yaml) {
        return InstrumentsLoader.parse("instruments.yaml", new StringReader(yaml), ASSETS);
    }

    @Test
    void theShippedFileLoadsAndMeasuresTheSeedStorysAssets() {
        Instruments i = TestConfigs.instruments();
        assertThat(i.forAsset("UST_YIELDS")).get().extracting(Instrument::code).isEqualTo("UST_10Y");
        assertThat(i.forAsset("USDCNH")).get().extracting(Instrument::unit).isEqualTo(PriceUnit.PRICE);
        assertThat(i.forAsset("RISK_SENTIMENT")).isEmpty();
        assertThat(i.bySymbol("us10y"))
                .get()
                .extracting(m -> m.instrument().code())
                .isEqualTo("UST_10Y");
        assertThat(i.bySymbol("CNHUSD"))
                .get()
                .extracting(Instruments.SymbolMatch::inverted)
                .isEqualTo(true);
    }

    @Test
    void mistakesNameFileLineColumnAndKey() {
        assertThatThrownBy(
                        () -> parse("instruments_version: '1'\ninstruments:\n  - {code: UST_11Y, unit: yield_pct}\n"))
                .hasMessageMatching(
                        "instruments\\.yaml:3:\\d+: key 'code': 'UST_11Y' is not an asset code of the taxonomy \\(assets\\.yaml\\)");
        assertThatThrownBy(() -> parse("instruments_version: '1'\ninstruments:\n  - code: SPX\n    unit: points\n"))
                .hasMessageMatching("instruments\\.yaml:4:\\d+: key 'unit': 'points' is not a unit .*");
        assertThatThrownBy(
                        () -> parse(
                                "instruments_version: '1'\ninstruments:\n"
                                        + "  - {code: SPX, unit: price, symbols: [ES]}\n  - {code: USDCNH, unit: price, symbols: [es]}\n"))
                .hasMessageMatching("instruments\\.yaml:4:\\d+: key 'symbols': symbol 'es' already names SPX");
        assertThatThrownBy(() ->
                        parse("instruments_version: '1'\ninstruments:\n  - {code: SPX, unit: price, colour: red}\n"))
                .hasMessageMatching("instruments\\.yaml:3:\\d+: key 'colour': unknown key .*");
        assertThatThrownBy(
                        () -> parse(
                                "instruments_version: '1'\ninstruments:\n"
                                        + "  - {code: SPX, unit: price, stands_for: [UST_10Y]}\n  - {code: UST_10Y, unit: yield_pct}\n"))
                .hasMessageMatching(
                        "instruments\\.yaml:3:\\d+: key 'stands_for': 'UST_10Y' is an instrument of its own");
        assertThatThrownBy(() -> parse("instruments:\n  - {code: SPX, unit: price}\n"))
                .hasMessage("instruments.yaml: key 'instruments_version': missing");
        assertThatThrownBy(
                        () -> parse(
                                "instruments_version: '1'\ninstruments:\n  - {code: UST_10Y, unit: yield_pct, inverted_symbols: [X]}\n"))
                .hasMessageContaining("key 'inverted_symbols': only a price can be inverted");
    }
}
