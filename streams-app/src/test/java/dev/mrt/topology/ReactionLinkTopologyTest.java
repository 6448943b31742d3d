package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.LinkEvent;
import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStatsWindow;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.Reactions;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Linking and the statistics it passes on, in a test driver fed with what sources bring to linking. */
class ReactionLinkTopologyTest {
    static final String ARTICLE_SOURCES = "test.link-sources.articles";
    static final String NOTE_SOURCES = "test.link-sources.notes";
    private static final Instant CALL = Instant.parse("2021-09-10T12:25:00Z");
    private static final String KEY = "CN-US";

    private final DriverFixture f = new DriverFixture((b, fx) -> {
        Consumed<String, LinkSource> consumed = Consumed.with(Serdes.String(), fx.topics.serde(LinkSource.class));
        var stats = ReactionLinkTopology.addTo(
                b,
                b.stream(ARTICLE_SOURCES, consumed.withName("test-article-sources")),
                b.stream(NOTE_SOURCES, consumed.withName("test-note-sources")),
                fx.topics,
                fx.settings,
                RunIdentity.live(),
                fx.metrics);
        ReactionStatsTopology.addTo(b, stats, fx.topics, fx.settings);
    });
    private final TestInputTopic<String, LinkSource> articles = f.driver.createInputTopic(
            ARTICLE_SOURCES,
            Serdes.String().serializer(),
            f.topics.serde(LinkSource.class).serializer());
    private final TestInputTopic<String, LinkSource> notes = f.driver.createInputTopic(
            NOTE_SOURCES,
            Serdes.String().serializer(),
            f.topics.serde(LinkSource.class).serializer());
    private final TestOutputTopic<String, NoteLinks> links = f.output(f.topics.links());
    private final TestOutputTopic<String, ReactionStatsWindow> stats = f.output(f.topics.stats());

    @AfterEach
    void close() {
        f.close();
    }

    private void event(String article, Instant t, double confidence) {
        LinkEvent e = Reactions.event(article, "e1", KEY, confidence);
        articles.pipeInput(article, Reactions.source(article, LinkSources.SOURCE_ARTICLE, t, List.of(e), List.of()), t);
    }

    private void note(String source, Instant t) {
        LinkNote n = Reactions.note(source, "n1", KEY, 0.8);
        notes.pipeInput(source, Reactions.source(source, LinkSources.SOURCE_NOTE_FEED, t, List.of(), List.of(n)), t);
    }

    /** Lets the emission interval pass: changed notes and statistics are written. */
    private void emit() {
        f.driver.advanceWallClockTime(Duration.ofSeconds(1));
        f.driver.advanceWallClockTime(Duration.ofSeconds(1));
    }

    @Test
    void aNoteThirtyMinutesAfterTheEventIsLinkedWithItsLag() {
        event("call-article", CALL, 0.9);
        note("feed-1", CALL.plus(Duration.ofMinutes(30)));
        emit();

        TestRecord<String, NoteLinks> row = links.readRecord();
        assertThat(row.key()).isEqualTo("feed-1/n1");
        assertThat(row.getRecordTime()).isEqualTo(CALL.plus(Duration.ofMinutes(30)));
        ReactionLink l = row.value().getLinks().get(0);
        assertThat(row.value().getLinks()).hasSize(1);
        assertThat(l.getId()).isEqualTo("call-article/e1|feed-1/n1");
        assertThat(l.getLinkKey()).isEqualTo(KEY);
        assertThat(l.getLagMs()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(l.getConfidence()).isBetween(0.3, 0.7);
        assertThat(links.isEmpty()).isTrue();
    }

    @Test
    void aNoteIsLinkedToItsBestFewEventsWhateverTheirOrderAndWrittenOncePerEmission() {
        note("feed-busy", CALL.plus(Duration.ofMinutes(30)));
        for (int i = 9; i >= 0; i--) {
            event("article-" + i, CALL.plus(Duration.ofMinutes(i)), 0.9);
        }
        emit();

        List<NoteLinks> rows = links.readValuesToList();
        assertThat(rows).hasSize(1);
        // Equal base scores: the shortest lags win, so the latest events before the note.
        assertThat(rows.get(0).getLinks())
                .extracting(ReactionLink::getEventArticleId)
                .containsExactly("article-9", "article-8", "article-7");
        assertThat(f.metrics.count("mrt.links", "scope", "cross_feed")).isEqualTo(3);
    }

    @Test
    void aBetterEventArrivingLaterReplacesALinkAndTheStatisticsCountOnlyTheCurrentOnes() {
        note("feed-1", CALL);
        event("a", CALL.minus(Duration.ofMinutes(40)), 0.5);
        event("b", CALL.minus(Duration.ofMinutes(30)), 0.5);
        event("c", CALL.minus(Duration.ofMinutes(20)), 0.5);
        emit();
        assertThat(links.readValuesToList().get(0).getLinks())
                .extracting(ReactionLink::getEventArticleId)
                .containsExactly("c", "b", "a");

        event("d", CALL.plus(Duration.ofMinutes(10)), 0.9);
        emit();
        assertThat(links.readValuesToList().get(0).getLinks())
                .extracting(ReactionLink::getEventArticleId)
                .containsExactly("d", "c", "b");

        Map<String, ReactionStatsWindow> windows = stats.readKeyValuesToMap();
        String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
        long hourly = windows.get("2021-09-10T12:00:00Z/PT1H").getCells().stream()
                .filter(c -> c.getKey().equals(cell))
                .mapToLong(c -> c.getCount())
                .sum();
        long daily = windows.get("2021-09-10T00:00:00Z/PT24H").getCells().stream()
                .filter(c -> c.getKey().equals(cell))
                .mapToLong(c -> c.getCount())
                .sum();
        // Placed at their events' times: c, b at 12:05 and 11:55, d at 12:35; b and c in different hours.
        assertThat(daily).isEqualTo(3);
        assertThat(hourly).isEqualTo(2);
    }

    @Test
    void aRevisedSourceWithoutItsEventRetractsTheLink() {
        event("call-article", CALL, 0.9);
        note("feed-1", CALL.plus(Duration.ofMinutes(30)));
        emit();
        assertThat(links.readValuesToList()).hasSize(1);

        articles.pipeInput(
                "call-article",
                Reactions.source("call-article", LinkSources.SOURCE_ARTICLE, CALL, List.of(), List.of()),
                CALL);
        emit();
        TestRecord<String, NoteLinks> retraction = links.readRecord();
        assertThat(retraction.key()).isEqualTo("feed-1/n1");
        assertThat(retraction.value()).isNull();
    }

    @Test
    void notesFromTheEventsOwnArticleAreNotLinkedAgain() {
        LinkEvent e = Reactions.event("own", "e1", KEY, 0.9);
        LinkNote n = Reactions.note("own", "n1", KEY, 0.8);
        articles.pipeInput("own", Reactions.source("own", LinkSources.SOURCE_ARTICLE, CALL, List.of(e), List.of(n)));
        emit();
        assertThat(links.isEmpty()).isTrue();
    }

    @Test
    void aSourceFurtherThanTheHorizonBehindTheNewestIsDeadLetteredAndCounted() {
        Instant newest = CALL.plus(f.settings.linkHorizon()).plus(Duration.ofHours(1));
        note("advances-time", newest);
        event("stale", CALL, 0.9);
        event("within", newest.minus(f.settings.linkHorizon()), 0.9);
        emit();

        var dlq = f.deadLetters();
        assertThat(dlq)
                .hasSize(1)
                .allSatisfy(r -> assertThat(DriverFixture.reason(r)).isEqualTo(DeadLetterReason.LATE));
        assertThat(f.metrics.count("mrt.late.records", "stage", ReactionLinker.STAGE))
                .isEqualTo(1);
    }
}
