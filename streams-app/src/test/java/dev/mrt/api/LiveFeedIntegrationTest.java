package dev.mrt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.api.live.LiveFeed;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionLink;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.testing.Enriched;
import dev.mrt.testing.RecordShapes;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.SseStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The live feed of a running pipeline: articles and links as committed, resumed by Last-Event-ID, with a backlog. */
@Tag("integration")
class LiveFeedIntegrationTest {
    private static final Instant T0 = Instant.parse("2021-09-10T12:25:00Z");
    private static EmbeddedKafka kafka;
    private static RunningPipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.startDefault();
        pipeline = RunningPipeline.startServed(kafka, "live-feed-it", Map.of());
    }

    @AfterAll
    static void stop() {
        if (pipeline != null) {
            pipeline.close();
        }
        kafka.close();
    }

    @Test
    void streamsArticlesAndLinksAsTheyAreCommittedAndResumesFromLastEventId() throws Exception {
        String url = pipeline.baseUrl() + HttpPaths.API + "/live";
        try (SseStream first = new SseStream(url, Map.of())) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> first.events().stream().anyMatch(e -> e.name().equals("ready")));
            assertThat(first.status()).isEqualTo(200);

            Records.send(
                    kafka.bootstrapServers(),
                    pipeline.topics().enriched(),
                    Map.of("live-1", Enriched.leaderCall("live-1", T0)),
                    T0.toEpochMilli());
            await().atMost(Duration.ofSeconds(30)).until(() -> first.records().size() == 1);
            // A row of the links table as linking writes it: the note's links, keyed by note id.
            ReactionLink link = Enriched.crossFeedLink("live-1/e1", "note-9/n1", T0, T0.plusSeconds(600));
            NoteLinks row = NoteLinks.newBuilder()
                    .setNoteId(link.getNoteId())
                    .setNoteSourceId(link.getNoteSourceId())
                    .setNoteSourceKind(link.getNoteSourceKind())
                    .setLinkKey(link.getLinkKey())
                    .setNoteTime(link.getNoteTime())
                    .setLinks(List.of(link))
                    .build();
            Records.send(
                    kafka.bootstrapServers(),
                    pipeline.topics().links(),
                    Map.of(row.getNoteId(), row),
                    link.getNoteTime().toEpochMilli());
            await().atMost(Duration.ofSeconds(30)).until(() -> first.records().size() == 2);

            List<SseStream.Event> got = first.records();
            assertThat(got.get(0).name()).isEqualTo(LiveFeed.ARTICLE);
            assertThat(got.get(0).data()).contains("\"id\":\"live-1\"", "diplomacy.leader_call");
            RecordShapes.assertFindingsHaveTheirRecordsFields(
                    new ObjectMapper().readTree(got.get(0).data()));
            assertThat(got.get(1).name()).isEqualTo(LiveFeed.REACTION);
            assertThat(got.get(1).data()).contains("\"id\":\"live-1/e1|note-9/n1\"", "\"scope\":\"cross_feed\"");

            try (SseStream resumed =
                    new SseStream(url, Map.of("Last-Event-ID", got.get(0).id()))) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() ->
                                resumed.events().stream().anyMatch(e -> e.name().equals("ready")));
                assertThat(resumed.records()).extracting(SseStream.Event::name).containsExactly(LiveFeed.REACTION);
                assertThat(resumed.records().get(0).id()).isEqualTo(got.get(1).id());
            }
            try (SseStream backlog = new SseStream(url + "?backlog=2", Map.of())) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() ->
                                backlog.events().stream().anyMatch(e -> e.name().equals("ready")));
                assertThat(backlog.records())
                        .extracting(SseStream.Event::id)
                        .containsExactly(got.get(0).id(), got.get(1).id());
            }
        }
    }
}
