package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.MoveMeasure;
import dev.mrt.avro.PriceTick;
import dev.mrt.avro.RealizedMove;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.Enriched;
import dev.mrt.testing.HandMadeSeries;
import dev.mrt.testing.Prices;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * Realized moves measured on hand-made price series, to the basis point, whatever the order of
 * prices and news. The series: 15-minute bars alternating by exactly 1 bp (UST 10-year yield) and
 * between 6.4500 and 6.4565 (USD/CNH) over the 5 days before the article, so the volatility is
 * known by hand (1 bp per 15 minutes for the yield; for USD/CNH 0.100724 % per 15 minutes), wild
 * bars before that window (which must not count), and chosen moves after it.
 */
class RealizedMovesTopologyTest {
    static final Instant A = HandMadeSeries.A;
    static final String UST = "a-1/e1|a-1/n1";
    static final String CNH = "a-1/e1|a-1/n2";
    static final Instant AFTER = HandMadeSeries.AFTER;
    static final Instant NEXT_DAY = HandMadeSeries.NEXT_DAY;

    private static DriverFixture fixture() {
        return new DriverFixture(
                Map.of("realized.horizon", "14d"),
                (b, f) -> RealizedMovesTopology.addTo(b, f.topics, f.settings, TestConfigs.instruments(), f.metrics));
    }

    /** Runs one order of arrival: the prices in the given order, the article after {@code articleAfter} of them. */
    private static Map<String, RealizedMove> run(List<PriceTick> prices, int articleAfter) {
        try (DriverFixture f = fixture()) {
            TestInputTopic<String, PriceTick> in = f.input(f.topics.prices());
            TestInputTopic<String, EnrichedArticle> enriched = f.input(f.topics.enriched());
            TestOutputTopic<String, RealizedMove> out = f.output(f.topics.realized());
            Prices.pipe(in, prices.subList(0, articleAfter));
            enriched.pipeInput(new TestRecord<>("a-1", Enriched.leaderCall("a-1", A), A));
            Prices.pipe(in, prices.subList(articleAfter, prices.size()));
            assertThat(f.deadLetters()).isEmpty();
            return Prices.table(out);
        }
    }

    private static List<PriceTick> all() {
        return HandMadeSeries.all();
    }

    @Test
    void movesZScoresAndVerdictsToTheBasisPointWithPricesBeforeTheNews() {
        Map<String, RealizedMove> table = run(all(), all().size());
        assertThat(table)
                .containsOnlyKeys(
                        UST + "@PT15M", UST + "@PT1H", UST + "@P1D", CNH + "@PT15M", CNH + "@PT1H", CNH + "@P1D");

        RealizedMove ust15 = table.get(UST + "@PT15M");
        assertThat(ust15.getAsset()).isEqualTo("UST_YIELDS");
        assertThat(ust15.getInstrument()).isEqualTo("UST_10Y");
        assertThat(ust15.getMoveUnit()).isEqualTo("bp");
        assertThat(ust15.getCheckedFrom()).isEqualTo("event");
        assertThat(ust15.getSyntheticPrices()).isFalse();
        MoveMeasure m = ust15.getFromEvent();
        assertThat(m.getStatus()).isEqualTo("complete");
        assertThat(m.getStartTime()).isEqualTo(HandMadeSeries.at("12:15"));
        assertThat(m.getStartValue()).isEqualTo(1.30);
        assertThat(m.getEndTime()).isEqualTo(AFTER);
        assertThat(m.getVolatilityChanges())
                .as("479 changes inside the 5-day window, none before it")
                .isEqualTo(479);
        expect(ust15, 3.00, 1.00, 3.00, "confirms");
        assertThat(ust15.getFromPublication())
                .as("inside one article the anchors are one")
                .isEqualTo(m);
        expect(table.get(UST + "@PT1H"), 3.00, 2.00, 1.50, "not_significant");
        expect(table.get(UST + "@P1D"), -25.00, 9.7980, -2.5516, "contradicts");

        RealizedMove cnh15 = table.get(CNH + "@PT15M");
        assertThat(cnh15.getModality()).isEqualTo("expected");
        assertThat(cnh15.getCheckedFrom())
                .as("a forecast is judged from its publication")
                .isEqualTo("publication");
        assertThat(cnh15.getMoveUnit()).isEqualTo("%");
        assertThat(cnh15.getAttribution()).isEqualTo("Mark Cranfield");
        expect(cnh15, -0.310078, 0.100724, -3.0785, "confirms");
        expect(table.get(CNH + "@PT1H"), 0.310078, 0.201449, 1.5392, "not_significant");
        expect(table.get(CNH + "@P1D"), -2.325581, 0.986893, -2.3565, "confirms");
    }

    /** Move and volatility to a hundredth of a basis point (0.0001 % for percent moves), z to 1e-4. */
    private static void expect(RealizedMove r, double move, double volatility, double z, String verdict) {
        MoveMeasure m = "publication".equals(r.getCheckedFrom()) ? r.getFromPublication() : r.getFromEvent();
        double tolerance = "bp".equals(r.getMoveUnit()) ? 0.01 : 0.0001;
        assertThat(m.getMove())
                .as(r.getReactionId() + "@" + r.getHorizon() + " move")
                .isCloseTo(move, within(tolerance));
        assertThat(m.getVolatility()).as("volatility").isCloseTo(volatility, within(tolerance));
        assertThat(m.getZ()).as("z").isCloseTo(z, within(1e-4));
        assertThat(m.getVerdict()).isEqualTo(verdict);
        assertThat(r.getVerdict()).isEqualTo(verdict);
    }

    @Test
    void theSameResultsWithTheNewsBeforeTheAfterAndInterleavedWithThePrices() {
        Map<String, RealizedMove> pricesFirst = run(all(), all().size());
        assertThat(run(all(), 0)).as("news first").isEqualTo(pricesFirst);
        List<PriceTick> inOrder = new ArrayList<>(all());
        inOrder.sort((x, y) -> x.getTime().compareTo(y.getTime()));
        int beforeAnchor =
                (int) inOrder.stream().filter(p -> !p.getTime().isAfter(A)).count();
        assertThat(run(inOrder, beforeAnchor))
                .as("in time order, news at its time")
                .isEqualTo(pricesFirst);
        assertThat(run(inOrder, beforeAnchor + 3))
                .as("news just after its first horizon")
                .isEqualTo(pricesFirst);
        for (long seed = 1; seed <= 3; seed++) {
            List<PriceTick> shuffled = new ArrayList<>(all());
            Collections.shuffle(shuffled, new Random(seed));
            int at = new Random(seed).nextInt(shuffled.size());
            assertThat(run(shuffled, at)).as("shuffled prices, seed " + seed).isEqualTo(pricesFirst);
        }
    }

    @Test
    void aLatePriceThatChangesAResultReEmitsItAndOnlyIt() {
        try (DriverFixture f = fixture()) {
            TestInputTopic<String, PriceTick> in = f.input(f.topics.prices());
            TestOutputTopic<String, RealizedMove> out = f.output(f.topics.realized());
            Prices.pipe(in, HandMadeSeries.ustBefore());
            f.input(f.topics.enriched()).pipeInput(new TestRecord<>("a-1", Enriched.leaderCall("a-1", A), A));
            Prices.pipe(in, HandMadeSeries.ustAfter());
            Map<String, RealizedMove> table = Prices.table(out);
            assertThat(table).containsOnlyKeys(UST + "@PT15M", UST + "@PT1H", UST + "@P1D");

            // The 12:30 bar corrected a day later: only the 15-minute move rests on it.
            Prices.pipe(in, List.of(Prices.tick("UST_10Y", "yield_pct", AFTER, 1.35)));
            List<TestRecord<String, RealizedMove>> again = out.readRecordsToList();
            assertThat(again).extracting(TestRecord::key).containsExactly(UST + "@PT15M");
            expect(again.get(0).value(), 5.00, 1.00, 5.00, "confirms");
            // A re-sent bar that changes nothing emits nothing.
            Prices.pipe(in, List.of(Prices.tick("UST_10Y", "yield_pct", HandMadeSeries.at("13:00"), 1.34)));
            assertThat(out.readRecordsToList()).isEmpty();
            // A late bar inside the 5-day window before the anchor changes the volatility of every horizon.
            Prices.pipe(in, List.of(Prices.tick("UST_10Y", "yield_pct", HandMadeSeries.at("11:15"), 1.40)));
            assertThat(out.readRecordsToList())
                    .extracting(TestRecord::key)
                    .containsExactlyInAnyOrder(UST + "@PT15M", UST + "@PT1H", UST + "@P1D");
        }
    }

    @Test
    void aHorizonTheStreamHasNotPassedIsPendingAndMissingPricesSaySo() {
        try (DriverFixture f = fixture()) {
            TestInputTopic<String, PriceTick> in = f.input(f.topics.prices());
            TestOutputTopic<String, RealizedMove> out = f.output(f.topics.realized());
            f.input(f.topics.enriched()).pipeInput(new TestRecord<>("a-1", Enriched.leaderCall("a-1", A), A));
            assertThat(out.readRecordsToList()).as("nothing has completed").isEmpty();
            Prices.pipe(in, HandMadeSeries.ustBefore());
            Prices.pipe(in, HandMadeSeries.ustAfter().subList(0, 2));
            Map<String, RealizedMove> table = Prices.table(out);
            assertThat(table).as("prices up to 12:45 complete 15 minutes only").containsOnlyKeys(UST + "@PT15M");

            // USD/CNH prices start after the article: its start price is missing at every horizon.
            Prices.pipe(
                    in,
                    Prices.flat(
                            "USDCNH", "price", HandMadeSeries.at("13:00"), NEXT_DAY.plus(Duration.ofHours(2)), 6.45));
            Prices.table(out, table);
            RealizedMove noStart = table.get(CNH + "@PT1H");
            assertThat(noStart.getFromPublication().getStatus()).isEqualTo("no_prices");
            assertThat(noStart.getFromPublication().getReason())
                    .isEqualTo("no price of USDCNH in the PT1H up to 2021-09-10T12:25:00Z");
            assertThat(noStart.getFromPublication().getMove()).isNull();
            assertThat(noStart.getVerdict()).isNull();
            assertThat(table).containsKeys(CNH + "@PT15M", CNH + "@P1D");
        }
    }

    @Test
    void aRevisionWithoutAReactionRetractsItsMovesAndKeepsTheOthersQuiet() {
        try (DriverFixture f = fixture()) {
            TestInputTopic<String, PriceTick> in = f.input(f.topics.prices());
            TestInputTopic<String, EnrichedArticle> enriched = f.input(f.topics.enriched());
            TestOutputTopic<String, RealizedMove> out = f.output(f.topics.realized());
            all().forEach(p -> Prices.pipe(in, List.of(p)));
            EnrichedArticle first = Enriched.leaderCall("a-1", A);
            enriched.pipeInput(new TestRecord<>("a-1", first, A));
            assertThat(Prices.table(out)).hasSize(6);

            EnrichedArticle revised = EnrichedArticle.newBuilder(first)
                    .setArticleVersion(2L)
                    .setLinks(List.of(new LinkTag("e1", "n1", "causal_cue", 0.74)))
                    .build();
            enriched.pipeInput(new TestRecord<>("a-1", revised, A));
            List<TestRecord<String, RealizedMove>> records = out.readRecordsToList();
            assertThat(records)
                    .allSatisfy(r -> assertThat(r.value()).as("tombstones").isNull())
                    .extracting(TestRecord::key)
                    .containsExactlyInAnyOrder(CNH + "@PT15M", CNH + "@PT1H", CNH + "@P1D");
        }
    }

    @Test
    void aTombstoneOfTheArticleRetractsEveryMoveItHad() {
        try (DriverFixture f = fixture()) {
            TestInputTopic<String, EnrichedArticle> enriched = f.input(f.topics.enriched());
            TestOutputTopic<String, RealizedMove> out = f.output(f.topics.realized());
            Prices.pipe(f.input(f.topics.prices()), all());
            enriched.pipeInput(new TestRecord<>("a-1", Enriched.leaderCall("a-1", A), A));
            assertThat(Prices.table(out)).hasSize(6);

            enriched.pipeInput(new TestRecord<>("a-1", null, A));
            List<TestRecord<String, RealizedMove>> records = out.readRecordsToList();
            assertThat(records)
                    .allSatisfy(r -> assertThat(r.value()).as("tombstones").isNull())
                    .extracting(TestRecord::key)
                    .containsExactlyInAnyOrder(
                            UST + "@PT15M", UST + "@PT1H", UST + "@P1D", CNH + "@PT15M", CNH + "@PT1H", CNH + "@P1D");
            enriched.pipeInput(new TestRecord<>("a-1", null, A));
            assertThat(out.readRecordsToList())
                    .as("a second tombstone has nothing left to retract")
                    .isEmpty();
        }
    }

    @Test
    void aReactionWhoseAssetHasNoInstrumentIsNotMeasured() {
        try (DriverFixture f = fixture()) {
            Prices.pipe(f.input(f.topics.prices()), all());
            // Serializing one first makes Avro trust the generated classes the copy below builds.
            f.input(f.topics.enriched()).pipeInput(new TestRecord<>("a-0", Enriched.leaderCall("a-0", A), A));
            EnrichedArticle seed = Enriched.seed(dev.mrt.testing.SeedData.seedArticle());
            Instant t = seed.getEventTime();
            f.input(f.topics.enriched()).pipeInput(new TestRecord<>(seed.getArticleId(), seed, t));
            Map<String, RealizedMove> table = Prices.table(f.output(f.topics.realized()));
            assertThat(table.keySet())
                    .as("RISK_SENTIMENT has no instrument")
                    .anyMatch(k -> k.startsWith(seed.getArticleId() + "/e1|" + seed.getArticleId() + "/n1@"))
                    .noneMatch(k -> k.contains("/n3@"));
        }
    }

    @Test
    void unusableAndLatePricesGoToTheDeadLetterTopic() {
        try (DriverFixture f = fixture()) {
            TestInputTopic<String, PriceTick> in = f.input(f.topics.prices());
            Consumer<PriceTick> send = p -> in.pipeInput(new TestRecord<>(p.getInstrument(), p, p.getTime()));
            f.rawInput(f.topics.prices()).pipeInput("UST_10Y".getBytes(), "not avro".getBytes());
            send.accept(Prices.tick("NOT_AN_INSTRUMENT", "price", A, 1.0));
            send.accept(Prices.tick("UST_10Y", "price", A, 1.30));
            send.accept(Prices.tick("USDCNH", "price", A, Double.NaN));
            send.accept(Prices.tick("USDCNH", "price", A, -6.45));
            in.pipeInput(new TestRecord<>("USDCNY", Prices.tick("USDCNH", "price", A, 6.45), A));
            in.pipeInput("USDCNH", null, A);
            send.accept(Prices.tick("USDCNH", "price", DriverFixture.WALL_CLOCK.plus(Duration.ofDays(3)), 6.45));
            send.accept(Prices.tick("USDCNH", "price", A, 6.45));
            send.accept(Prices.tick("USDCNH", "price", A.minus(Duration.ofDays(15)), 6.45));
            // TopologyTestDriver does not deliver the deserialization handler's dead letter; it counts.
            assertThat(f.metrics.count("mrt.dead.lettered", "reason", DeadLetterReason.DESERIALIZATION.code()))
                    .isEqualTo(1);
            assertThat(f.deadLetters())
                    .extracting(DriverFixture::reason)
                    .containsExactly(
                            DeadLetterReason.INVALID_PRICE,
                            DeadLetterReason.INVALID_PRICE,
                            DeadLetterReason.INVALID_PRICE,
                            DeadLetterReason.INVALID_PRICE,
                            DeadLetterReason.INVALID_PRICE,
                            DeadLetterReason.NULL_VALUE,
                            DeadLetterReason.FUTURE_TIMESTAMP,
                            DeadLetterReason.LATE);
            assertThat(f.metrics.count("mrt.late.records", "stage", "realized-prices"))
                    .isEqualTo(1);
        }
    }

    @Test
    void theStageIsInThePipelineUnlessSwitchedOff() {
        dev.mrt.tagging.ArticleTagger tagger = dev.mrt.tagging.ArticleTagger.loadDefault();
        for (boolean enabled : new boolean[] {true, false}) {
            dev.mrt.config.AppConfig config = TestConfigs.local(Map.of("realized.enabled", String.valueOf(enabled)));
            Topics topics = TestConfigs.topics(config);
            String description = ArticleTaggingTopologyTest.describePipeline(config, tagger);
            assertThat(description.contains(RealizedMovesTopology.MEASURE_PRICES_PROCESSOR))
                    .as("realized.enabled=" + enabled)
                    .isEqualTo(enabled);
            assertThat(description.contains("(topics: [" + topics.prices().name() + "])"))
                    .as("prices read with realized.enabled=" + enabled)
                    .isEqualTo(enabled);
            assertThat(description).contains(ArticleTaggingTopology.TAG_PROCESSOR);
        }
    }
}
