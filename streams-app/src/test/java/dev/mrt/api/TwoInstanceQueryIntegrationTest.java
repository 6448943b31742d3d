package dev.mrt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.api.query.PeerClient;
import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.ApiClient;
import dev.mrt.testing.Articles;
import dev.mrt.testing.Enriched;
import dev.mrt.testing.OutputTables;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.topology.ReactionIncrements;
import dev.mrt.topology.StatsCells;
import dev.mrt.topology.StoreNames;
import dev.mrt.topology.TopologySettings;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two instances of one application (same application id, 4 partitions), each with its own HTTP
 * server: each answers key queries for keys the other owns, and range queries over both.
 */
@Tag("integration")
class TwoInstanceQueryIntegrationTest {
    private static final String APP = "two-instance-it";
    private static final Instant T0 = Instant.parse("2021-09-10T12:25:00Z");
    private static final int ARTICLES = 8;
    private static final Instant T_TAGGED = Instant.parse("2020-01-01T00:00:00Z");
    /** The stories the test published as enriched records (the tagged ones are a year earlier). */
    private static final String STORIES = "?from=2021-09-01";

    private static EmbeddedKafka kafka;
    private static RunningPipeline a;
    private static RunningPipeline b;
    private static ApiClient apiA;
    private static ApiClient apiB;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.startDefault();
        Map<String, String> settings = Map.of("topic.partitions", "4");
        a = RunningPipeline.startServed(kafka, APP, settings);
        b = RunningPipeline.startServed(kafka, APP, settings);
        apiA = new ApiClient(a.baseUrl());
        apiB = new ApiClient(b.baseUrl());
        // Both instances running, and the dashboard stores' partitions split between them.
        await().atMost(Duration.ofSeconds(90))
                .until(() -> running(a)
                        && running(b)
                        && hostsActive(apiA, StoreNames.DASHBOARD_ARTICLES) == 2
                        && hostsActive(apiA, StoreNames.STATS_DAILY) == 2);

        Map<String, EnrichedArticle> articles = new HashMap<>();
        IntStream.range(0, ARTICLES)
                .forEach(i -> articles.put("story-" + i, Enriched.leaderCall("story-" + i, T0.plusSeconds(i))));
        Records.send(kafka.bootstrapServers(), a.topics().enriched(), articles, T0.toEpochMilli());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> apiA.ok("/api/v1/articles" + STORIES).path("items").size() == ARTICLES);
        // Articles the pipeline tags and links itself, a year earlier, for the statistics.
        List<Article> tagged = IntStream.range(0, ARTICLES)
                .mapToObj(i -> {
                    Article story = Articles.leaderCallStory("tagged-" + i);
                    return Article.newBuilder()
                            .setId(story.getId())
                            .setTitle(story.getTitle())
                            .setBody(story.getBody())
                            .setPublishedAt(T_TAGGED.plusSeconds(60L * i))
                            .setSource(story.getSource())
                            .build();
                })
                .toList();
        ArticleSender.sendAll(kafka.bootstrapServers(), a.topics().articles(), tagged);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> OutputTables.enriched(kafka.bootstrapServers(), a.topics())
                                .size()
                        == 2 * ARTICLES);
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        kafka.close();
    }

    @Test
    void eachInstanceAnswersForArticlesTheOtherOwns() {
        for (int i = 0; i < ARTICLES; i++) {
            String id = "story-" + i;
            HostInfo owner = owner(StoreNames.DASHBOARD_ARTICLES, id);
            ApiClient other = owner.port() == port(a) ? apiB : apiA;
            ApiClient.Reply r = other.get("/api/v1/articles/" + id);
            assertThat(r.status()).as(id).isEqualTo(200);
            assertThat(r.json().path("id").asText()).isEqualTo(id);
            assertThat(r.header("X-MRT-Answered-By")).as(id).isEqualTo(owner.host() + ":" + owner.port());
        }
        assertThat(IntStream.range(0, ARTICLES)
                        .mapToObj(i -> owner(StoreNames.DASHBOARD_ARTICLES, "story-" + i)
                                .port())
                        .distinct())
                .as("the 8 ids spread over both instances")
                .containsExactlyInAnyOrder(port(a), port(b));
    }

    @Test
    void statisticsWindowsAreGatheredFromBothInstancesAndAreWhatTheOutputsImply() {
        String key = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
        String range = "from=2020-01-01&to=2020-01-01T23:59:59Z";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, StatsCells> implied = OutputTables.impliedStats(
                    OutputTables.enriched(kafka.bootstrapServers(), a.topics()),
                    OutputTables.links(kafka.bootstrapServers(), a.topics()),
                    TopologySettings.DAY);
            long expected = implied.get("2020-01-01T00:00:00Z/PT24H").count(key);
            for (ApiClient api : List.of(apiA, apiB)) {
                JsonNode page = api.ok(
                        "/api/v1/stats/daily?" + range + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8));
                assertThat(page.path("complete").asBoolean()).isTrue();
                assertThat(page.path("items")).hasSize(1);
                assertThat(page.path("items").get(0).path("count").asLong()).isEqualTo(expected);
            }
        });
    }

    @Test
    void rangeQueriesGatherBothInstances() {
        for (ApiClient api : List.of(apiA, apiB)) {
            JsonNode page = api.ok("/api/v1/articles" + STORIES);
            assertThat(page.path("items")).hasSize(ARTICLES);
            assertThat(page.path("complete").asBoolean()).isTrue();
            assertThat(page.path("partitions")).extracting(JsonNode::asInt).containsExactly(0, 1, 2, 3);
            assertThat(page.path("items").get(0).path("id").asText()).isEqualTo("story-7");
            JsonNode reactions = api.ok("/api/v1/reactions" + STORIES + "&asset=USDCNH&scope=article");
            assertThat(reactions.path("items")).hasSize(ARTICLES);
            JsonNode paged = api.ok("/api/v1/events?limit=3");
            assertThat(paged.path("items"))
                    .extracting(n -> n.path("id").asText())
                    .containsExactly("story-7/e1", "story-6/e1", "story-5/e1");
            JsonNode next = api.ok(
                    "/api/v1/events?limit=3&cursor=" + paged.path("next_cursor").asText());
            assertThat(next.path("items"))
                    .extracting(n -> n.path("id").asText())
                    .containsExactly("story-4/e1", "story-3/e1", "story-2/e1");
        }
        JsonNode local = apiA.ok("/api/v1/articles" + STORIES, Map.of(PeerClient.SCOPE_HEADER, PeerClient.SCOPE_LOCAL));
        JsonNode localB =
                apiB.ok("/api/v1/articles" + STORIES, Map.of(PeerClient.SCOPE_HEADER, PeerClient.SCOPE_LOCAL));
        assertThat(local.path("entries").size() + localB.path("entries").size()).isEqualTo(ARTICLES);
        assertThat(local.path("entries").size())
                .as("instance A holds part of the articles")
                .isPositive();
        assertThat(localB.path("entries").size())
                .as("instance B holds part of the articles")
                .isPositive();
    }

    private static HostInfo owner(String store, String key) {
        KeyQueryMetadata md = a.runner()
                .streams()
                .queryMetadataForKey(store, key, Serdes.String().serializer());
        return md.activeHost();
    }

    private static int port(RunningPipeline p) {
        return URI.create(p.baseUrl()).getPort();
    }

    private static boolean running(RunningPipeline p) {
        return p.runner().streams().state() == KafkaStreams.State.RUNNING;
    }

    private static long hostsActive(ApiClient api, String store) {
        JsonNode instances = api.get("/api/v1/instances").json().path("instances");
        long n = 0;
        for (JsonNode i : instances) {
            for (JsonNode s : i.path("stores")) {
                if (s.asText().equals(store)) {
                    n++;
                }
            }
        }
        return n;
    }
}
