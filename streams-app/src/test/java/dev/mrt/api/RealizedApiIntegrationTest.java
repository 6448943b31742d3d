package dev.mrt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PriceTick;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.market.WilsonInterval;
import dev.mrt.runtime.RecordSender;
import dev.mrt.testing.ApiClient;
import dev.mrt.testing.Enriched;
import dev.mrt.testing.HandMadeSeries;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.SeedData;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The realized moves through the query API of a running pipeline, on the hand-made series: each
 * reaction carries them (or says pending / no instrument), /realized filters them, the scorecard
 * counts each forecast once per source with its Wilson interval, the heatmap averages the moves,
 * and /prices serves the chart's series.
 */
@Tag("integration")
class RealizedApiIntegrationTest {
    private static final Instant A = HandMadeSeries.A;
    private static final String DAY = "from=2021-09-10T00:00:00Z&to=2021-09-11T00:00:00Z";

    @Test
    void reactionsCarryTheirMovesAndTheScorecardCountsEachForecastOnce() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault();
                RunningPipeline pipeline = RunningPipeline.startServed(kafka, "realized-api-it", Map.of())) {
            ApiClient api = new ApiClient(pipeline.baseUrl());
            Article seedArticle = SeedData.seedArticle();
            List<PriceTick> prices = HandMadeSeries.all();
            RecordSender.sendAll(
                    kafka.bootstrapServers(),
                    pipeline.topics().prices(),
                    prices,
                    PriceTick::getInstrument,
                    p -> p.getTime().toEpochMilli());
            // Built from scratch and sent first: once its serde has run, Avro trusts the generated
            // classes that copying the seed's tags (below) instantiates by name.
            Records.send(
                    kafka.bootstrapServers(),
                    pipeline.topics().enriched(),
                    Map.of("a-2", twoEventsOneForecast()),
                    A.toEpochMilli());
            Records.send(
                    kafka.bootstrapServers(),
                    pipeline.topics().enriched(),
                    Map.of(seedArticle.getId(), Enriched.seed(seedArticle)),
                    A.toEpochMilli());

            String seed = seedArticle.getId();
            JsonNode cnh = await().atMost(Duration.ofSeconds(60))
                    .ignoreExceptions()
                    .until(
                            () -> reaction(api, seed + "/e1|" + seed + "/n2"),
                            r -> r != null
                                    && r.path("realized").path("horizons").size() == 3);
            assertThat(cnh.path("realized").path("status").asText()).isEqualTo("measured");
            assertThat(cnh.path("realized").path("instrument").asText()).isEqualTo("USDCNH");
            assertThat(cnh.path("realized").path("synthetic_prices").asBoolean())
                    .isFalse();
            JsonNode d1 = cnh.path("realized").path("horizons").path("P1D");
            assertThat(d1.path("from_publication").path("move").asDouble()).isCloseTo(-2.325581, within(1e-4));
            assertThat(d1.path("verdict").asText()).isEqualTo("confirms");
            JsonNode risk = reaction(api, seed + "/e1|" + seed + "/n3");
            assertThat(risk.path("realized").path("status").asText()).isEqualTo("no_instrument");

            JsonNode realized =
                    api.ok("/api/v1/realized?asset=USDCNH&horizon=PT15M&" + DAY).path("items");
            assertThat(realized).extracting(r -> r.path("horizon").asText()).containsOnly("PT15M");
            assertThat(realized).extracting(r -> r.path("asset").asText()).containsOnly("USDCNH");

            JsonNode score = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> api.ok("/api/v1/scorecard?horizon=P1D&" + DAY),
                            s -> s.path("overall").path("checked").asInt() == 2);
            assertThat(score.path("checked_from").asText()).isEqualTo("publication");
            JsonNode cranfield = row(score.path("by_source"), "Mark Cranfield");
            assertThat(cranfield.path("kind").asText()).isEqualTo("attribution");
            assertThat(cranfield.path("checked").asInt()).isEqualTo(1);
            assertThat(cranfield.path("hits").asInt()).isEqualTo(1);
            WilsonInterval oneOfOne = WilsonInterval.of95(1, 1);
            assertThat(cranfield.path("ci95_low").asDouble()).isCloseTo(oneOfOne.low(), within(1e-9));
            JsonNode harbor = row(score.path("by_source"), "Harbor Bank");
            assertThat(harbor.path("checked").asInt())
                    .as("one note linked to two events counts once")
                    .isEqualTo(1);
            assertThat(harbor.path("misses").asInt()).isEqualTo(1);
            assertThat(harbor.path("hit_rate").asDouble()).isZero();
            assertThat(row(score.path("by_event_type"), "diplomacy.leader_call")
                            .path("checked")
                            .asInt())
                    .isEqualTo(2);
            assertThat(row(score.path("by_event_type"), "trade.tariffs")
                            .path("misses")
                            .asInt())
                    .isEqualTo(1);
            assertThat(score.path("overall").path("hit_rate").asDouble()).isEqualTo(0.5);

            JsonNode heat = api.ok("/api/v1/realized/heatmap?horizon=PT15M&" + DAY);
            JsonNode ust = heat.path("cells").findParents("asset").stream()
                    .filter(c -> c.path("asset").asText().equals("UST_YIELDS"))
                    .findFirst()
                    .orElseThrow();
            assertThat(ust.path("move_unit").asText()).isEqualTo("bp");
            assertThat(ust.path("mean_move").asDouble()).isCloseTo(3.0, within(1e-6));
            assertThat(ust.path("mean_z").asDouble()).isCloseTo(3.0, within(1e-6));

            JsonNode series = api.ok("/api/v1/prices/us10y?from=2021-09-10T00:00:00Z&to=2021-09-10T12:30:00Z&limit=10");
            assertThat(series.path("instrument").asText()).isEqualTo("UST_10Y");
            assertThat(series.path("count").asInt()).isEqualTo(51);
            assertThat(series.path("points").size()).isLessThanOrEqualTo(11);
            assertThat(series.path("points")
                            .get(series.path("points").size() - 1)
                            .get(1)
                            .asDouble())
                    .isEqualTo(1.33);
            assertThat(api.get("/api/v1/prices/NOPE").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/scorecard?horizon=PT2H").status()).isEqualTo(400);
        }
    }

    private static JsonNode reaction(ApiClient api, String id) {
        for (JsonNode r : api.ok("/api/v1/reactions?" + DAY).path("items")) {
            if (r.path("id").asText().equals(id)) {
                return r;
            }
        }
        return null;
    }

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode r : rows) {
            if (r.path("key").asText().equals(key)) {
                return r;
            }
        }
        throw new AssertionError("no row " + key + " in " + rows);
    }

    private static EventTag usChinaEvent(String id, String type, Evidence evidence) {
        return EventTag.newBuilder()
                .setId(id)
                .setType(type)
                .setActors(List.of())
                .setCountries(List.of("CN", "US"))
                .setEventDate(null)
                .setConfidence(0.9)
                .setEvidence(evidence)
                .build();
    }

    /** One forecast (USD/CNH up, Harbor Bank) linked to a leader call and to tariffs in the same article. */
    private static EnrichedArticle twoEventsOneForecast() {
        Evidence x = new Evidence(0, 1, "x");
        EventTag call = usChinaEvent("e1", "diplomacy.leader_call", x);
        EventTag tariffs = usChinaEvent("e2", "trade.tariffs", x);
        NoteTag up = NoteTag.newBuilder()
                .setId("n1")
                .setAsset("USDCNH")
                .setDirection("up")
                .setMagnitude("unspecified")
                .setModality("expected")
                .setAttribution("Harbor Bank")
                .setCountries(List.of("CN", "US"))
                .setConfidence(0.8)
                .setEvidence(x)
                .build();
        return EnrichedArticle.newBuilder()
                .setArticleId("a-2")
                .setTitle("Two events, one forecast")
                .setSource("Wire")
                .setUrl(null)
                .setArticleVersion(null)
                .setPoliticalEvents(List.of(call, tariffs))
                .setMarketNotes(List.of(up))
                .setLinks(List.of(
                        new LinkTag("e1", "n1", "same_article", 0.6), new LinkTag("e2", "n1", "same_article", 0.6)))
                .setTags(List.of())
                .setTaxonomyVersion("test")
                .setTaggerVersion("test")
                .setEventTime(A)
                .setProcessingTime(A)
                .setProvenance(null)
                .build();
    }
}
