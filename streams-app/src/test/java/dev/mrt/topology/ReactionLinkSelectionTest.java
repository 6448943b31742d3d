package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import dev.mrt.testing.DriverFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The linker reads a busy key nearest-first and stops early; whatever it skips must not change
 * its choice. Checked against a plain model that scores every counterpart in the window: the
 * best few by confidence, then the shortest lag, then the id (README, "Cross-feed links").
 */
class ReactionLinkSelectionTest {
    private static final Instant T0 = Instant.parse("2024-03-01T00:00:00Z");
    private static final String KEY = "CN-US";
    private static final List<String> CN_US = List.of("CN", "US");
    private static final double[] CONFIDENCES = {0.5, 0.7, 0.9, 0.9};
    private static final Comparator<ReactionLink> BEST_FIRST = Comparator.comparingDouble(ReactionLink::getConfidence)
            .reversed()
            .thenComparingLong(l -> Math.abs(l.getLagMs()))
            .thenComparing(ReactionLink::getId);

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void linksAreThoseOfScoringEveryCounterpartInTheWindow(long seed) {
        DriverFixture f =
                new DriverFixture((b, fx) -> ReactionLinkTopology.addTo(b, fx.topics, fx.settings, fx.metrics));
        try {
            TestInputTopic<String, PoliticalEvent> events = f.input(f.topics.politicalEvents());
            TestInputTopic<String, TaggedMarketNote> notes = f.input(f.topics.taggedNotes());
            TestOutputTopic<String, ReactionLink> out = f.output(f.topics.links());
            long before = f.settings.linkBefore().toMillis();
            long after = f.settings.linkAfter().toMillis();
            int max = f.settings.linkMaxPerRecord();

            Random random = new Random(seed);
            List<PoliticalEvent> seenEvents = new ArrayList<>();
            List<TaggedMarketNote> seenNotes = new ArrayList<>();
            List<String> expected = new ArrayList<>();
            long clock = T0.toEpochMilli();
            for (int i = 0; i < 160; i++) {
                // Mostly forward in time, sometimes a little behind (within every grace), often on the same minute.
                clock += random.nextInt(4) * Duration.ofMinutes(10).toMillis();
                Instant t = Instant.ofEpochMilli(
                        clock - random.nextInt(3) * Duration.ofMinutes(20).toMillis());
                String article = "a" + random.nextInt(40);
                double confidence = CONFIDENCES[random.nextInt(CONFIDENCES.length)];
                List<ReactionLink> candidates = new ArrayList<>();
                if (random.nextBoolean()) {
                    PoliticalEvent e = event(article + "-" + i, article, t, confidence);
                    for (TaggedMarketNote n : seenNotes) {
                        long lag = n.getEventTime().toEpochMilli() - t.toEpochMilli();
                        if (lag >= -before && lag <= after) {
                            candidates.add(ReactionLinkScorer.link(KEY, e, n));
                        }
                    }
                    seenEvents.add(e);
                    events.pipeInput(KEY, e, t);
                } else {
                    TaggedMarketNote n = note(article, "n" + i, t, confidence);
                    for (PoliticalEvent e : seenEvents) {
                        long lag = t.toEpochMilli() - e.getEventTime().toEpochMilli();
                        if (lag >= -before && lag <= after) {
                            candidates.add(ReactionLinkScorer.link(KEY, e, n));
                        }
                    }
                    seenNotes.add(n);
                    notes.pipeInput(KEY, n, t);
                }
                candidates.stream()
                        .filter(Objects::nonNull)
                        .sorted(BEST_FIRST)
                        .limit(max)
                        .forEach(l -> expected.add(l.getId()));
            }

            assertThat(f.deadLetters()).isEmpty();
            assertThat(expected).hasSizeGreaterThan(100);
            assertThat(out.readValuesToList()).extracting(ReactionLink::getId).containsExactlyElementsOf(expected);
        } finally {
            f.close();
        }
    }

    // Built from scratch: Avro's copy builders check the classes against a trust list.
    private static PoliticalEvent event(String eventId, String article, Instant t, double confidence) {
        EventTag tag = EventTag.newBuilder()
                .setId(eventId)
                .setType("diplomacy.leader_call")
                .setActors(List.of())
                .setCountries(CN_US)
                .setEventDate(null)
                .setConfidence(confidence)
                .setEvidence(new Evidence(0, 4, "call"))
                .build();
        return PoliticalEvent.newBuilder()
                .setId(article + "/" + eventId)
                .setArticleId(article)
                .setHeadline("headline")
                .setEvent(tag)
                .setLinkKey(KEY)
                .setEventTime(t)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }

    private static TaggedMarketNote note(String source, String noteId, Instant t, double confidence) {
        NoteTag tag = NoteTag.newBuilder()
                .setId(noteId)
                .setAsset("USDCNH")
                .setDirection("down")
                .setMagnitude("small")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(CN_US)
                .setConfidence(confidence)
                .setEvidence(new Evidence(0, 4, "yuan"))
                .build();
        return TaggedMarketNote.newBuilder()
                .setId(source + "/" + noteId)
                .setSourceId(source)
                .setSourceKind(TagFanOut.SOURCE_NOTE_FEED)
                .setNote(tag)
                .setLinkKey(KEY)
                .setEventTime(t)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }
}
