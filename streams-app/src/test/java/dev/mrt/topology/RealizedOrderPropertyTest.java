package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PriceTick;
import dev.mrt.avro.ReactionToMeasure;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import dev.mrt.market.Instruments;
import dev.mrt.market.Measurement;
import dev.mrt.market.PricePoint;
import dev.mrt.market.PriceSeries;
import dev.mrt.market.PriceUnit;
import dev.mrt.market.RealizedMoveRule;
import dev.mrt.market.Volatility;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.Prices;
import dev.mrt.testing.SortedPriceSeries;
import dev.mrt.testing.TestConfigs;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.test.TestRecord;

/**
 * Prices and news in any order give the same realized moves: random articles (reactions of
 * Treasury yields and USD/CNH, realized and forecast, some revised: a link dropped, a direction
 * or the publication time changed) and price series (some bars corrected), fed through the
 * topology in a random interleaving (a revision after the one it replaces, a correction after the
 * bar it corrects, as one feed delivers them), end in the table a model computes from the final
 * data alone with the rule of {@link RealizedMoveRule}: every horizon the prices have passed, from
 * the event and from publication, and nothing for those they have not.
 */
class RealizedOrderPropertyTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final Duration BAR = Duration.ofMinutes(30);
    private static final String[][] NOTES = {
        {"UST_YIELDS", "up", "realized", null},
        {"UST_YIELDS", "down", "expected", "Harbor Bank"},
        {"UST_YIELDS", "flat", "realized", null},
        {"USDCNH", "down", "expected", "Mark Cranfield"},
        {"USDCNH", "up", "conditional", "Harbor Bank"},
        {"RISK_SENTIMENT", "up", "realized", null}
    };

    /** One arrival: a price bar or an article revision. */
    record Arrival(PriceTick price, EnrichedArticle article) {}

    record Scenario(List<Arrival> arrivals, long seed) {
        @Override
        public String toString() {
            return arrivals.size() + " arrivals, seed " + seed;
        }
    }

    @Property(tries = 30)
    void theRealizedMovesAreThoseOfTheFinalDataWhateverTheOrder(@ForAll("scenarios") Scenario scenario) {
        Map<String, RealizedMove> table;
        try (DriverFixture f = new DriverFixture(
                Map.of("realized.horizon", "14d"),
                (b, fx) -> RealizedMovesTopology.addTo(
                        b, fx.topics, fx.settings, TestConfigs.instruments(), fx.metrics))) {
            TestInputTopic<String, PriceTick> prices = f.input(f.topics.prices());
            TestInputTopic<String, EnrichedArticle> articles = f.input(f.topics.enriched());
            for (Arrival a : scenario.arrivals()) {
                if (a.price() != null) {
                    prices.pipeInput(new TestRecord<>(
                            a.price().getInstrument(), a.price(), a.price().getTime()));
                } else {
                    articles.pipeInput(new TestRecord<>(
                            a.article().getArticleId(), a.article(), a.article().getEventTime()));
                }
            }
            assertThat(f.deadLetters()).isEmpty();
            table = Prices.table(f.output(f.topics.realized()));
        }
        assertThat(new TreeMap<>(table)).isEqualTo(model(scenario.arrivals()));
    }

    /** Every reaction of the final revisions measured on the final prices, by the rule alone. */
    private static Map<String, RealizedMove> model(List<Arrival> arrivals) {
        Instruments instruments = TestConfigs.instruments();
        Map<String, TreeMap<Long, PricePoint>> series = new HashMap<>();
        Map<String, EnrichedArticle> finalArticles = new LinkedHashMap<>();
        for (Arrival a : arrivals) {
            if (a.price() != null) {
                long t = a.price().getTime().toEpochMilli();
                series.computeIfAbsent(a.price().getInstrument(), k -> new TreeMap<>())
                        .put(t, new PricePoint(t, a.price().getValue(), false));
            } else {
                finalArticles.put(a.article().getArticleId(), a.article());
            }
        }
        RealizedMoveRule rule = new RealizedMoveRule(Duration.ofDays(5), 2.0);
        RealizedMoves moves = new RealizedMoves(rule, instruments.version());
        Map<String, RealizedMove> out = new TreeMap<>();
        for (EnrichedArticle article : finalArticles.values()) {
            for (ReactionToMeasure r : ReactionsToMeasure.of(article, instruments)) {
                TreeMap<Long, PricePoint> points = series.getOrDefault(r.getInstrument(), new TreeMap<>());
                PriceSeries s = new SortedPriceSeries(points);
                long clock = points.isEmpty() ? Long.MIN_VALUE : points.lastKey();
                PriceUnit unit =
                        instruments.byCode(r.getInstrument()).orElseThrow().unit();
                for (Duration h : Horizons.ALL) {
                    Measurement e = measure(rule, s, r, unit, r.getEventTime().toEpochMilli(), h, clock);
                    Measurement p =
                            measure(rule, s, r, unit, r.getPublicationTime().toEpochMilli(), h, clock);
                    if (e.status() != Measurement.Status.PENDING || p.status() != Measurement.Status.PENDING) {
                        out.put(RealizedMoves.key(r.getReactionId(), h), moves.record(r, h, e, p, unit));
                    }
                }
            }
        }
        return out;
    }

    private static Measurement measure(
            RealizedMoveRule rule,
            PriceSeries s,
            ReactionToMeasure r,
            PriceUnit unit,
            long anchor,
            Duration h,
            long clock) {
        return rule.measure(
                s,
                r.getInstrument(),
                unit,
                r.getDirection(),
                anchor,
                h.toMillis(),
                clock,
                () -> Volatility.over(s, anchor, Duration.ofDays(5).toMillis(), unit));
    }

    // ---- scenarios ------------------------------------------------------------------------------

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(Arbitraries.integers().between(1, 4), Arbitraries.longs(), Arbitraries.longs())
                .as((count, dataSeed, orderSeed) -> {
                    Random data = new Random(dataSeed);
                    Map<String, List<Arrival>> inOrder = new LinkedHashMap<>();
                    prices(inOrder, "UST_10Y", "yield_pct", 1.80, 0.01, data);
                    prices(inOrder, "USDCNH", "price", 7.10, 0.0007 * 7.10, data);
                    for (int i = 0; i < count; i++) {
                        List<Arrival> revisions = new ArrayList<>();
                        Instant t = T0.plus(Duration.ofMinutes(1440 + 7L * data.nextInt(200)));
                        Story first = story("a-" + i, t, data);
                        revisions.add(new Arrival(null, first.toAvro()));
                        if (data.nextInt(3) == 0) {
                            revisions.add(new Arrival(null, revise(first, data).toAvro()));
                        }
                        inOrder.put("article a-" + i, revisions);
                    }
                    return new Scenario(interleave(inOrder, new Random(orderSeed)), orderSeed);
                });
    }

    /** Two days and a half of bars, a few corrected (each correction after the bar it corrects). */
    private static void prices(
            Map<String, List<Arrival>> out, String instrument, String unit, double level, double step, Random data) {
        double v = level;
        for (Instant t = T0; t.isBefore(T0.plus(Duration.ofHours(60))); t = t.plus(BAR)) {
            v = Math.max(0.01, v + step * data.nextGaussian() * (data.nextInt(20) == 0 ? 4 : 1));
            List<Arrival> versions = new ArrayList<>();
            versions.add(new Arrival(Prices.tick(instrument, unit, t, round(v)), null));
            if (data.nextInt(15) == 0) {
                versions.add(new Arrival(
                        Prices.tick(instrument, unit, t, round(v + step * data.nextGaussian())), null));
            }
            out.put(instrument + "@" + t, versions);
        }
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** What a revision of an article says: built afresh each time (no Avro copies). */
    private record Story(String id, Instant time, String outlet, String type, List<String[]> notes, long version) {
        EnrichedArticle toAvro() {
            List<NoteTag> noteTags = new ArrayList<>();
            List<LinkTag> links = new ArrayList<>();
            for (int k = 0; k < notes.size(); k++) {
                String[] spec = notes.get(k);
                String noteId = "n" + (k + 1);
                noteTags.add(NoteTag.newBuilder()
                        .setId(noteId)
                        .setAsset(spec[0])
                        .setDirection(spec[1])
                        .setMagnitude("unspecified")
                        .setModality(spec[2])
                        .setAttribution(spec[3])
                        .setCountries(List.of("US"))
                        .setConfidence(0.8)
                        .setEvidence(new Evidence(0, 1, "x"))
                        .build());
                if (!"dropped".equals(spec[4])) {
                    links.add(new LinkTag("e1", noteId, "same_article", 0.6));
                }
            }
            return EnrichedArticle.newBuilder()
                    .setArticleId(id)
                    .setTitle("Story " + id)
                    .setSource(outlet)
                    .setUrl(null)
                    .setArticleVersion(version)
                    .setPoliticalEvents(List.of(EventTag.newBuilder()
                            .setId("e1")
                            .setType(type)
                            .setActors(List.of())
                            .setCountries(List.of("CN", "US"))
                            .setEventDate(null)
                            .setConfidence(0.9)
                            .setEvidence(new Evidence(0, 1, "x"))
                            .build()))
                    .setMarketNotes(noteTags)
                    .setLinks(links)
                    .setTags(List.of())
                    .setTaxonomyVersion("test")
                    .setTaggerVersion("test")
                    .setEventTime(time)
                    .setProcessingTime(time)
                    .setProvenance(null)
                    .build();
        }
    }

    private static Story story(String id, Instant t, Random data) {
        List<String[]> notes = new ArrayList<>();
        for (int k = 1 + data.nextInt(3); k > 0; k--) {
            String[] spec = NOTES[data.nextInt(NOTES.length)];
            notes.add(new String[] {spec[0], spec[1], spec[2], spec[3], "linked"});
        }
        String type = data.nextBoolean() ? "diplomacy.leader_call" : "trade.tariffs";
        return new Story(id, t, "Outlet " + data.nextInt(2), type, notes, 1);
    }

    /** A revision: a link dropped, the notes' directions turned, or the story re-dated by up to an hour. */
    private static Story revise(Story s, Random data) {
        List<String[]> notes = new ArrayList<>();
        s.notes().forEach(n -> notes.add(n.clone()));
        Instant time = s.time();
        switch (data.nextInt(3)) {
            case 0 -> notes.get(data.nextInt(notes.size()))[4] = "dropped";
            case 1 -> notes.forEach(n -> n[1] = n[1].equals("up") ? "down" : "up");
            default -> time = time.plus(Duration.ofMinutes(data.nextInt(61)));
        }
        return new Story(s.id(), time, s.outlet(), s.type(), notes, s.version() + 1);
    }

    /** A random order in which each key's versions keep their own order. */
    private static List<Arrival> interleave(Map<String, List<Arrival>> versions, Random order) {
        List<String> slots = new ArrayList<>();
        versions.forEach((key, list) -> list.forEach(v -> slots.add(key)));
        Collections.shuffle(slots, order);
        Map<String, Integer> next = new HashMap<>();
        List<Arrival> out = new ArrayList<>();
        for (String key : slots) {
            int v = next.merge(key, 1, Integer::sum) - 1;
            out.add(versions.get(key).get(v));
        }
        return out;
    }
}
