package dev.mrt.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.PriceTick;
import dev.mrt.ingest.SamplePrices;
import dev.mrt.market.Horizons;
import dev.mrt.testing.SeedData;
import dev.mrt.testing.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * config/samples/prices.csv is what the seeded generator writes for the episodes its header
 * names (not made by hand, reproducible), says it is synthetic in its first line and in every row,
 * and covers the seed story's USD/CNH and Treasury-yield reactions at every horizon.
 */
class SyntheticSamplePricesTest {
    private static final Path FILE = TestConfigs.repoRoot().resolve("config/samples/prices.csv");

    @Test
    void theCommittedFileIsTheGeneratorsOutputForTheEpisodesItNames() throws Exception {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        SyntheticSamplePrices.Header header = SyntheticSamplePrices.header(lines, TestConfigs.instruments());
        assertThat(header.seed()).isEqualTo(SyntheticSamplePrices.SEED);
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SyntheticSamplePrices.write(
                new PrintStream(again, true, StandardCharsets.UTF_8), header.seed(), header.episodes());
        assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(Files.readString(FILE, StandardCharsets.UTF_8));
    }

    @Test
    void itSaysItIsSyntheticFirstAndInEveryRow() throws Exception {
        List<String> lines = Files.readAllLines(FILE, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("# SYNTHETIC PRICES").contains("NOT MARKET HISTORY");
        List<PriceTick> ticks = SamplePrices.readAll(FILE, TestConfigs.instruments());
        assertThat(ticks)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.getSynthetic()).isTrue());
    }

    @Test
    void theSeedStorysInstrumentsHavePricesAroundItsPublicationAtEveryHorizon() throws Exception {
        Instant published = SeedData.seedArticle().getPublishedAt();
        List<PriceTick> ticks = SamplePrices.readAll(FILE, TestConfigs.instruments());
        for (String instrument : List.of("USDCNH", "UST_10Y")) {
            List<Instant> times = ticks.stream()
                    .filter(t -> t.getInstrument().equals(instrument))
                    .map(PriceTick::getTime)
                    .toList();
            assertThat(times)
                    .as(instrument + ": a price in the 15 minutes up to publication")
                    .anyMatch(t -> !t.isAfter(published) && !t.isBefore(published.minus(Duration.ofMinutes(15))));
            for (Duration h : Horizons.ALL) {
                Instant end = published.plus(h);
                assertThat(times).as(instrument + " at " + h).anyMatch(t -> t.isAfter(published) && !t.isAfter(end));
                assertThat(times).as(instrument + ": the stream passes " + h).anyMatch(t -> !t.isBefore(end));
            }
            assertThat(times.stream()
                            .filter(t -> t.isBefore(published) && t.isAfter(published.minus(Duration.ofDays(5)))))
                    .as("a volatility window's worth of prices")
                    .hasSizeGreaterThan(100);
        }
    }

    @Test
    void theSameEpisodesAndSeedGiveTheSameBarsAndAnotherSeedOthers() {
        var episodes = List.of(new SyntheticPrices.Episode(
                TestConfigs.instruments().byCode("USDCNH").orElseThrow(), Instant.parse("2021-09-10T12:25:00Z")));
        assertThat(new SyntheticPrices(1).bars(episodes)).isEqualTo(new SyntheticPrices(1).bars(episodes));
        assertThat(new SyntheticPrices(2).bars(episodes)).isNotEqualTo(new SyntheticPrices(1).bars(episodes));
    }
}
