package dev.mrt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.ReactionLink;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.testing.ApiClient;
import dev.mrt.testing.Enriched;
import dev.mrt.testing.MarketNotes;
import dev.mrt.testing.OutputTables;
import dev.mrt.testing.RecordShapes;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.SeedData;
import dev.mrt.topology.ReactionIncrements;
import dev.mrt.topology.StatsCells;
import dev.mrt.topology.TopologySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The query API of one running pipeline on the embedded broker, fed the seed story, a second story and a note of the market-notes feed. */
@Tag("integration")
class QueryApiIntegrationTest {
    private static EmbeddedKafka kafka;
    private static RunningPipeline pipeline;
    private static ApiClient api;
    private static Article seed;
    private static final Instant TARIFF_TIME = Instant.parse("2021-09-12T10:00:00Z");
    private static final String FEED_NOTE = "note-cny-biden-xi-2021-09-10-0855";
    /** The cross-feed links on the links topic: what the API must show beside the reactions inside articles. */
    private static List<ReactionLink> crossFeed;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.startDefault();
        pipeline = RunningPipeline.startServed(kafka, "query-api-it", Map.of());
        api = new ApiClient(pipeline.baseUrl());
        seed = SeedData.feedExpected(kafka.bootstrapServers(), pipeline, api);
        Records.send(
                kafka.bootstrapServers(),
                pipeline.topics().enriched(),
                Map.of("tariff-1", Enriched.tariff("tariff-1", TARIFF_TIME)),
                TARIFF_TIME.toEpochMilli());
        // A note of the market-notes feed, half an hour after the seed story: linked by the pipeline.
        MarketNote note = MarketNotes.samples().stream()
                .filter(n -> n.getId().equals(FEED_NOTE))
                .findFirst()
                .orElseThrow();
        Records.send(
                kafka.bootstrapServers(),
                pipeline.topics().marketNotes(),
                Map.of(note.getId(), note),
                note.getPublishedAt().toEpochMilli());
        // The API reads linking's store, which shows a row as soon as it is written; the links
        // topic shows it once its transaction commits. Wait for both to show the same links.
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            crossFeed = OutputTables.crossFeed(OutputTables.links(kafka.bootstrapServers(), pipeline.topics()));
            int shown =
                    api.ok("/api/v1/reactions?scope=cross_feed").path("items").size();
            return !crossFeed.isEmpty()
                    && shown == crossFeed.size()
                    && api.ok("/api/v1/articles").path("items").size() == 2;
        });
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        kafka.close();
    }

    @Test
    void listsArticlesNewestFirstAndPagesWithACursor() {
        JsonNode all = api.ok("/api/v1/articles");
        assertThat(ids(all)).containsExactly("tariff-1", seed.getId());
        assertThat(all.path("complete").asBoolean()).isTrue();
        assertThat(all.path("next_cursor").isNull()).isTrue();

        JsonNode first = api.ok("/api/v1/articles?limit=1");
        assertThat(ids(first)).containsExactly("tariff-1");
        JsonNode second = api.ok(
                "/api/v1/articles?limit=1&cursor=" + first.path("next_cursor").asText());
        assertThat(ids(second)).containsExactly(seed.getId());
        assertThat(second.path("next_cursor").isNull()).isTrue();

        assertThat(ids(api.ok("/api/v1/articles?tag=risk-on"))).containsExactly(seed.getId());
        assertThat(ids(api.ok("/api/v1/articles?from=2021-09-11&to=2021-09-30T00:00:00Z")))
                .containsExactly("tariff-1");
    }

    @Test
    void oneArticleAndItsTextWhoseOffsetsHitTheEvidence() {
        JsonNode article = api.ok("/api/v1/articles/" + seed.getId());
        assertThat(article.path("title").asText()).isEqualTo(seed.getTitle());
        RecordShapes.assertFindingsHaveTheirRecordsFields(article);
        JsonNode text = api.ok("/api/v1/articles/" + seed.getId() + "/text");
        String full = text.path("text").asText();
        for (JsonNode note : article.path("market_notes")) {
            JsonNode ev = note.path("evidence");
            assertThat(full.substring(ev.path("start").asInt(), ev.path("end").asInt()))
                    .isEqualTo(ev.path("text").asText());
        }
        assertThat(api.get("/api/v1/articles/no-such-article").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/articles/no-such-article")
                        .json()
                        .path("error")
                        .asText())
                .isEqualTo("not_found");
    }

    @Test
    void politicalEventsByTypeCountryAndTime() {
        assertThat(eventTypes(api.ok("/api/v1/events"))).containsExactly("trade.tariffs", "diplomacy.leader_call");
        assertThat(eventTypes(api.ok("/api/v1/events?type=diplomacy"))).containsExactly("diplomacy.leader_call");
        assertThat(eventTypes(api.ok("/api/v1/events?type=diplomacy.leader_call&country=cn")))
                .containsExactly("diplomacy.leader_call");
        assertThat(eventTypes(api.ok("/api/v1/events?country=JP"))).containsExactly("trade.tariffs");
        assertThat(eventTypes(api.ok("/api/v1/events?to=2021-09-10T12:24:59Z"))).isEmpty();
        JsonNode call = api.ok("/api/v1/events?type=diplomacy").path("items").get(0);
        assertThat(call.path("id").asText()).isEqualTo(seed.getId() + "/e1");
        assertThat(call.path("event_date").asText()).isEqualTo("2021-09-09");
        assertThat(call.path("event_time").asText()).isEqualTo("2021-09-10T12:25:00Z");
    }

    private static long crossFeed(java.util.function.Predicate<ReactionLink> which) {
        return crossFeed.stream().filter(which).count();
    }

    @Test
    void reactionsByAssetInsideArticlesAndAcrossFeeds() {
        String call = seed.getId() + "/e1";
        assertThat(crossFeed).anySatisfy(l -> {
            assertThat(l.getEventId()).isEqualTo(call);
            assertThat(l.getNoteSourceId()).isEqualTo(FEED_NOTE);
        });
        JsonNode cnh = api.ok("/api/v1/reactions?asset=USDCNH");
        assertThat(cnh.path("items"))
                .hasSize(1 + (int) crossFeed(l -> l.getAsset().equals("USDCNH")));
        JsonNode inside = find(cnh, "scope", "article");
        assertThat(inside.path("direction").asText()).isEqualTo("down");
        assertThat(inside.path("modality").asText()).isEqualTo("expected");
        assertThat(inside.path("lag_ms").asLong()).isZero();
        JsonNode across = find(cnh, "scope", "cross_feed");
        assertThat(across.path("lag").asText()).isEqualTo("PT30M");
        assertThat(across.path("note_source_kind").asText()).isEqualTo("note_feed");
        assertThat(across.path("note_source_id").asText()).isEqualTo(FEED_NOTE);

        assertThat(api.ok("/api/v1/reactions?asset=UST_YIELDS&direction=up").path("items"))
                .hasSize(1
                        + (int) crossFeed(l -> l.getAsset().equals("UST_YIELDS")
                                && l.getDirection().equals("up")));
        assertThat(api.ok("/api/v1/reactions?scope=cross_feed").path("items")).hasSize(crossFeed.size());
        assertThat(api.ok("/api/v1/reactions?event_type=trade").path("items"))
                .hasSize(1 + (int) crossFeed(l -> l.getEventType().startsWith("trade.")));
        assertThat(api.ok("/api/v1/reactions?event_id=" + call).path("items"))
                .hasSize(3 + (int) crossFeed(l -> l.getEventId().equals(call)));
        assertThat(api.ok("/api/v1/reactions?event_id=" + call + ",tariff-1/e1").path("items"))
                .hasSize(4 + (int) crossFeed(l -> l.getEventId().equals(call)));
    }

    @Test
    void timelineAttachesEachEventsReactions() {
        JsonNode items = api.ok("/api/v1/timeline").path("items");
        assertThat(items).hasSize(2);
        JsonNode call = items.get(1);
        assertThat(call.path("type").asText()).isEqualTo("diplomacy.leader_call");
        List<String> reactions = new ArrayList<>();
        call.path("reactions")
                .forEach(r -> reactions.add(r.path("asset").asText() + " "
                        + r.path("direction").asText() + " " + r.path("scope").asText()));
        List<String> expected =
                new ArrayList<>(List.of("UST_YIELDS up article", "USDCNH down article", "RISK_SENTIMENT up article"));
        crossFeed.stream()
                .filter(l -> l.getEventId().equals(seed.getId() + "/e1"))
                .forEach(l -> expected.add(l.getAsset() + " " + l.getDirection() + " cross_feed"));
        assertThat(reactions).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(items.get(0).path("reactions")).hasSize(1);
    }

    @Test
    void statsWindowsByKeyAndTheHeatmapAreWhatTheTaggedArticlesAndTheLinksImply() {
        // The statistics count what the pipeline tagged and linked (the seed as the tagger tags
        // it: the fixed tags the test published later only replace what the API shows of it).
        String bootstrap = kafka.bootstrapServers();
        Map<String, EnrichedArticle> tagged = new java.util.TreeMap<>();
        Records.readAll(bootstrap, pipeline.topics().enriched()).stream()
                .filter(r -> !"test".equals(r.value().getTaggerVersion()))
                .forEach(r -> tagged.put(r.key(), r.value()));
        Map<String, StatsCells> implied = OutputTables.impliedStats(
                tagged, OutputTables.links(bootstrap, pipeline.topics()), TopologySettings.DAY);
        String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
        long expectedCount =
                implied.values().stream().mapToLong(c -> c.count(cell)).sum();
        assertThat(expectedCount).isPositive();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode daily = api.ok("/api/v1/stats/daily?event_type=diplomacy.leader_call&asset=USDCNH&direction=down");
            assertThat(daily.path("items")).hasSize(1);
            assertThat(daily.path("items").get(0).path("count").asLong()).isEqualTo(expectedCount);
            assertThat(daily.path("items").get(0).path("window_start").asText()).isEqualTo("2021-09-10T00:00:00Z");
            assertThat(api.ok("/api/v1/stats/daily?key="
                                    + java.net.URLEncoder.encode(cell, java.nio.charset.StandardCharsets.UTF_8))
                            .path("items")
                            .get(0)
                            .path("count")
                            .asLong())
                    .isEqualTo(expectedCount);
            JsonNode pairs = api.ok("/api/v1/stats/daily?dimension=country_pair");
            assertThat(pairs.path("items"))
                    .extracting(n -> n.path("country_pair").asText())
                    .contains("CN-US");
        });

        JsonNode heatmap = api.ok("/api/v1/heatmap?from=2021-09-01&to=2021-09-30");
        JsonNode heat = find(heatmap.path("cells"), "asset", "USDCNH");
        assertThat(heat.path("event_type").asText()).isEqualTo("diplomacy.leader_call");
        assertThat(heat.path("directions").path("down").asLong()).isEqualTo(expectedCount);
    }

    @Test
    void badParametersAreA400NamingTheParameter() {
        assertBadRequest("/api/v1/events?from=yesterday", "from");
        assertBadRequest("/api/v1/events?from=2021-09-11&to=2021-09-10", "from");
        assertBadRequest("/api/v1/articles?limit=0", "limit");
        assertBadRequest("/api/v1/articles?limit=many", "limit");
        assertBadRequest("/api/v1/articles?cursor=not-a-cursor", "cursor");
        assertBadRequest("/api/v1/articles?colour=red", "colour");
        assertBadRequest("/api/v1/reactions?direction=sideways", "direction");
        assertBadRequest("/api/v1/reactions?scope=everywhere", "scope");
        assertBadRequest("/api/v1/stats/weekly", "granularity");
        assertBadRequest("/api/v1/heatmap?granularity=yearly", "granularity");
        ApiClient.Reply noAccept = api.get("/api/v1/live");
        assertThat(noAccept.status()).isEqualTo(406);
        assertThat(noAccept.json().path("message").asText()).contains("text/event-stream");
        assertBadRequest("/api/v1/live?backlog=-1", Map.of("Accept", "text/event-stream"), "backlog");
        assertBadRequest("/api/v1/events?type=a&type=b", "type");
        ApiClient.Reply unknown = api.get("/api/v1/nothing-here");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).isEqualTo("not_found");
    }

    @Test
    void healthAndIndex() {
        ApiClient.Reply live = api.get(HttpPaths.LIVE);
        assertThat(live.status()).isEqualTo(200);
        assertThat(live.json().path("streams").asText()).isEqualTo("RUNNING");
        ApiClient.Reply ready = api.get(HttpPaths.READY);
        assertThat(ready.status()).isEqualTo(200);
        assertThat(ready.json().path("status").asText()).isEqualTo("READY");
        assertThat(api.ok(HttpPaths.API).path("endpoints").has("/api/v1/timeline"))
                .isTrue();
        ApiClient.Reply page = api.get(HttpPaths.DASHBOARD);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html");
    }

    private void assertBadRequest(String path, String parameter) {
        assertBadRequest(path, Map.of(), parameter);
    }

    private void assertBadRequest(String path, Map<String, String> headers, String parameter) {
        ApiClient.Reply r = api.get(path, headers);
        assertThat(r.status()).as(path).isEqualTo(400);
        assertThat(r.header("Content-Type")).as(path).startsWith("application/json");
        assertThat(r.json().path("error").asText()).as(path).isEqualTo("bad_request");
        assertThat(r.json().path("parameter").asText()).as(path).isEqualTo(parameter);
        assertThat(r.json().path("message").asText()).as(path).contains(parameter);
    }

    private static List<String> ids(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("id").asText()));
        return out;
    }

    private static List<String> eventTypes(JsonNode page) {
        List<String> out = new ArrayList<>();
        page.path("items").forEach(i -> out.add(i.path("type").asText()));
        return out;
    }

    private static JsonNode find(JsonNode pageOrArray, String field, String value) {
        JsonNode items = pageOrArray.has("items") ? pageOrArray.path("items") : pageOrArray;
        for (JsonNode i : items) {
            if (value.equals(i.path(field).asText())) {
                return i;
            }
        }
        throw new AssertionError("no item with " + field + "=" + value + " in " + pageOrArray);
    }
}
