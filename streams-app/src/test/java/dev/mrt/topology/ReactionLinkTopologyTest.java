package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.Reactions;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReactionLinkTopologyTest {
    private static final Instant CALL = Instant.parse("2021-09-10T12:25:00Z");
    private static final List<String> CN_US = List.of("CN", "US");

    private final DriverFixture f =
            new DriverFixture((b, fx) -> ReactionLinkTopology.addTo(b, fx.topics, fx.settings, fx.metrics));
    private final TestInputTopic<String, PoliticalEvent> events = f.input(f.topics.politicalEvents());
    private final TestInputTopic<String, TaggedMarketNote> notes = f.input(f.topics.taggedNotes());
    private final TestOutputTopic<String, ReactionLink> links = f.output(f.topics.links());

    @AfterEach
    void close() {
        f.close();
    }

    private void event(String article, Instant t) {
        for (String key : LinkKeys.forEvent(CN_US)) {
            events.pipeInput(key, Reactions.event(article, "diplomacy.leader_call", CN_US, t, key), t);
        }
    }

    private void note(String source, String asset, List<String> countries, Instant t) {
        TaggedMarketNote n = Reactions.note(source, asset, "down", countries, t);
        notes.pipeInput(n.getLinkKey(), n, t);
    }

    @Test
    void aNoteThirtyMinutesAfterTheEventIsLinkedWithItsLag() {
        event("call-article", CALL);
        note("feed-1", "USDCNH", CN_US, CALL.plus(Duration.ofMinutes(30)));

        List<TestRecord<String, ReactionLink>> out = links.readRecordsToList();
        assertThat(out).hasSize(1);
        ReactionLink l = out.get(0).value();
        assertThat(out.get(0).key()).isEqualTo("call-article/e1");
        assertThat(l.getAsset()).isEqualTo("USDCNH");
        assertThat(l.getLinkKey()).isEqualTo("CN-US");
        assertThat(l.getLagMs()).isEqualTo(Duration.ofMinutes(30).toMillis());
        assertThat(l.getConfidence()).isBetween(0.3, 0.7);
        assertThat(l.getId()).isEqualTo("call-article/e1|feed-1/n1");
    }

    @Test
    void aSingleCountryMatchLinksWithLessConfidenceThanAPair() {
        event("call-article", CALL);
        note("feed-pair", "USDCNH", CN_US, CALL.plus(Duration.ofMinutes(10)));
        note("feed-us", "UST_YIELDS", List.of("US"), CALL.plus(Duration.ofMinutes(10)));

        List<ReactionLink> out = links.readValuesToList();
        assertThat(out).hasSize(2);
        double pair = out.stream()
                .filter(l -> l.getAsset().equals("USDCNH"))
                .findFirst()
                .orElseThrow()
                .getConfidence();
        double single = out.stream()
                .filter(l -> l.getAsset().equals("UST_YIELDS"))
                .findFirst()
                .orElseThrow()
                .getConfidence();
        assertThat(pair).isGreaterThan(single);
    }

    @Test
    void aNoteIsLinkedToItsBestFewEventsOnABusyKey() {
        for (int i = 0; i < 10; i++) {
            event("article-" + i, CALL.plus(Duration.ofMinutes(i)));
        }
        note("feed-busy", "USDCNH", CN_US, CALL.plus(Duration.ofMinutes(30)));

        List<ReactionLink> out = links.readValuesToList();
        assertThat(out).hasSize(f.settings.linkMaxPerRecord());
        // Equal base scores: the shortest lags win, so the latest events before the note.
        assertThat(out)
                .extracting(ReactionLink::getEventArticleId)
                .containsExactly("article-9", "article-8", "article-7");
    }

    @Test
    void anEventIsLinkedToItsBestFewNotesWhenItArrivesLast() {
        for (int i = 0; i < 10; i++) {
            note("feed-" + i, "USDCNH", CN_US, CALL.plus(Duration.ofMinutes(5L * i)));
        }
        event("late-article", CALL);
        assertThat(links.readValuesToList()).hasSize(f.settings.linkMaxPerRecord());
    }

    @Test
    void notesFromTheEventsOwnArticleAreNotLinkedAgain() {
        event("call-article", CALL);
        note("call-article", "USDCNH", CN_US, CALL);
        assertThat(links.isEmpty()).isTrue();
    }

    @Test
    void onlyNotesInsideTheWindowAreLinked() {
        event("call-article", CALL);
        note("too-early", "USDCNH", CN_US, CALL.minus(f.settings.linkBefore()).minusSeconds(1));
        note("just-before", "USDCNH", CN_US, CALL.minus(f.settings.linkBefore()));
        note("last-minute", "USDCNH", CN_US, CALL.plus(f.settings.linkAfter()));
        note("too-late", "USDCNH", CN_US, CALL.plus(f.settings.linkAfter()).plusSeconds(1));

        assertThat(links.readValuesToList())
                .extracting(ReactionLink::getNoteSourceId)
                .containsExactlyInAnyOrder("just-before", "last-minute");
    }

    @Test
    void outOfOrderInsideGraceStillJoins() {
        note("feed-first", "USDCNH", CN_US, CALL.plus(Duration.ofHours(2)));
        // The event arrives after the note, but well inside the grace period.
        event("call-article", CALL);
        assertThat(links.readValuesToList()).hasSize(1);
        assertThat(f.deadLetters()).isEmpty();
    }

    @Test
    void anEventLaterThanTheGracePeriodIsDeadLetteredAndCounted() {
        Instant later =
                CALL.plus(f.settings.linkAfter()).plus(f.settings.linkGrace()).plus(Duration.ofHours(2));
        note("advances-time", "USDCNH", CN_US, later);
        event("stale-article", CALL);

        assertThat(links.isEmpty()).isTrue();
        var dlq = f.deadLetters();
        assertThat(dlq)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(DriverFixture.reason(r)).isEqualTo(DeadLetterReason.LATE));
        assertThat(f.metrics.count("mrt.late.records", "stage", "link-events")).isEqualTo(dlq.size());
    }
}
