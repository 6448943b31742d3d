package dev.mrt.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mrt.avro.PriceTick;
import dev.mrt.testing.TestConfigs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Price bars in CSV: columns by name, OHLC close, symbols through instruments.yaml, every bad row with its reason. */
class PriceCsvReaderTest {

    private static List<ArchiveEntry<PriceTick>> read(String csv) throws IOException {
        PriceCsvReader r = new PriceCsvReader(
                new BufferedReader(new StringReader(csv)), TestConfigs.instruments(), "file.csv", false);
        List<ArchiveEntry<PriceTick>> out = new ArrayList<>();
        ArchiveEntry<PriceTick> e;
        while ((e = r.next()) != null) {
            out.add(e);
        }
        return out;
    }

    private static PriceTick tick(ArchiveEntry<PriceTick> e) {
        assertThat(e).as(e.raw()).isInstanceOf(ArchiveEntry.Parsed.class);
        return ((ArchiveEntry.Parsed<PriceTick>) e).record();
    }

    private static String reason(ArchiveEntry<PriceTick> e) {
        assertThat(e).as(e.raw()).isInstanceOf(ArchiveEntry.Rejected.class);
        return ((ArchiveEntry.Rejected<PriceTick>) e).reason();
    }

    @Test
    void ohlcBarsUseTheCloseAndSymbolsMapToInstruments() throws IOException {
        List<ArchiveEntry<PriceTick>> e = read("# a note\nDate,Symbol,Open,High,Low,Close,Volume\n"
                + "2021-09-10T12:15:00Z,US10Y,1.29,1.32,1.28,1.30,100\n"
                + "# another note\n"
                + "2021-09-10T08:30:00-04:00,cnhusd,0.15,0.16,0.15,0.155,\n"
                + "1631277000000,usdcnh,6.45,6.46,6.44,6.4516,7\n");
        assertThat(e).hasSize(3).extracting(ArchiveEntry::line).containsExactly(3L, 5L, 6L);
        PriceTick ust = tick(e.get(0));
        assertThat(ust.getInstrument()).isEqualTo("UST_10Y");
        assertThat(ust.getUnit()).isEqualTo("yield_pct");
        assertThat(ust.getValue()).isEqualTo(1.30);
        assertThat(ust.getSymbol()).isEqualTo("US10Y");
        assertThat(ust.getSource()).isEqualTo("file.csv");
        assertThat(ust.getSynthetic()).isFalse();
        PriceTick inverted = tick(e.get(1));
        assertThat(inverted.getInstrument()).isEqualTo("USDCNH");
        assertThat(inverted.getValue()).as("CNHUSD turned over").isCloseTo(6.4516, within(1e-4));
        assertThat(inverted.getTime()).isEqualTo(Instant.parse("2021-09-10T12:30:00Z"));
        assertThat(tick(e.get(2)).getTime()).isEqualTo(Instant.ofEpochMilli(1631277000000L));
    }

    @Test
    void everyBadRowIsRejectedWithItsReason() throws IOException {
        List<ArchiveEntry<PriceTick>> e = read("time,symbol,value,source,synthetic\n"
                + "2021-09-10T12:15:00Z,NOPE,1.0,,\n"
                + "10 Sept 2021,US10Y,1.30,,\n"
                + "2021-09-10T12:15:00Z,US10Y,one point three,,\n"
                + "2021-09-10T12:15:00Z,SPX,-4500,,\n"
                + "2021-09-10T12:15:00Z,SPX,4500\n"
                + "2021-09-10T12:15:00Z,SPX,4500,vendor,maybe\n"
                + "2021-09-10T12:15:00Z,SPX,\"4500\n"
                + "2021-09-10T12:15:00Z,SPX,4500,vendor,true\n");
        assertThat(reason(e.get(0))).startsWith("unknown symbol 'NOPE'");
        assertThat(reason(e.get(1))).startsWith("'time' is not a timestamp: '10 Sept 2021'");
        assertThat(reason(e.get(2))).isEqualTo("value 'one point three' is not a number");
        assertThat(reason(e.get(3))).isEqualTo("SPX: a price must be above 0, not -4500.0");
        assertThat(reason(e.get(4))).isEqualTo("has 3 field(s); the header has 5");
        assertThat(reason(e.get(5))).isEqualTo("'synthetic' must be true or false, not 'maybe'");
        assertThat(reason(e.get(6))).isEqualTo("unterminated quoted field");
        assertThat(e).hasSize(7);
    }

    @Test
    void aHeaderWithoutTimeSymbolOrValueIsNoPriceFile() {
        assertThatThrownBy(() -> read("when,symbol,value\n"))
                .hasMessageContaining("line 1: the CSV header lacks a column time or timestamp or date or datetime");
        assertThatThrownBy(() -> read("time,symbol,open,high,low\n"))
                .hasMessageContaining("lacks a column value or price or close");
    }

    @Test
    void theSyntheticFlagComesFromTheRowOrTheFile() throws IOException {
        PriceCsvReader r = new PriceCsvReader(
                new BufferedReader(new StringReader("time,symbol,value,synthetic\n"
                        + "2021-09-10T12:15:00Z,SPX,4500,\n2021-09-10T12:30:00Z,SPX,4501,false\n")),
                TestConfigs.instruments(),
                "samples",
                true);
        assertThat(tick(r.next()).getSynthetic()).isTrue();
        assertThat(tick(r.next()).getSynthetic()).isFalse();
    }
}
