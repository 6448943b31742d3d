package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStats;
import dev.mrt.testing.DriverFixture;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReactionStatsTopologyTest {
    private static final Instant T0 = Instant.parse("2021-09-10T12:25:00Z");

    private final DriverFixture f =
            new DriverFixture((b, fx) -> ReactionStatsTopology.addTo(b, fx.topics, fx.settings, fx.metrics));
    private final TestInputTopic<String, EnrichedArticle> enriched = f.input(f.topics.enriched());
    private final TestInputTopic<String, ReactionLink> links = f.input(f.topics.links());
    private final TestOutputTopic<String, ReactionStats> stats = f.output(f.topics.stats());

    @AfterEach
    void close() {
        f.close();
    }

    private static EnrichedArticle article(String id, Instant t, String asset, String direction) {
        Evidence ev = new Evidence(0, 1, "x");
        return EnrichedArticle.newBuilder()
                .setArticleId(id)
                .setTitle("t")
                .setPoliticalEvents(List.of(EventTag.newBuilder()
                        .setId("e1")
                        .setType("diplomacy.leader_call")
                        .setActors(List.of())
                        .setCountries(List.of("CN", "US"))
                        .setEventDate(null)
                        .setConfidence(0.9)
                        .setEvidence(ev)
                        .build()))
                .setMarketNotes(List.of(NoteTag.newBuilder()
                        .setId("n1")
                        .setAsset(asset)
                        .setDirection(direction)
                        .setMagnitude("small")
                        .setModality("realized")
                        .setAttribution(null)
                        .setCountries(List.of("US"))
                        .setConfidence(0.8)
                        .setEvidence(ev)
                        .build()))
                .setLinks(List.of(new LinkTag("e1", "n1", "explicit_reference", 0.8)))
                .setTags(List.of())
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .setEventTime(t)
                .setProcessingTime(t)
                .build();
    }

    private static ReactionLink crossFeed(Instant t) {
        return ReactionLink.newBuilder()
                .setId("a/e1|n/n1")
                .setEventId("a/e1")
                .setEventType("diplomacy.leader_call")
                .setEventArticleId("a")
                .setEventCountries(List.of("CN", "US"))
                .setNoteId("n/n1")
                .setNoteSourceId("n")
                .setNoteSourceKind("note_feed")
                .setAsset("UST_YIELDS")
                .setDirection("up")
                .setMagnitude("small")
                .setModality("realized")
                .setLinkKey("US")
                .setBasis("cross_feed_window")
                .setConfidence(0.5)
                .setLagMs(0)
                .setEventTime(t)
                .setNoteTime(t)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }

    @Test
    void countsReactionsPerCellAndCountryPairInHourlyAndDailyWindows() {
        enriched.pipeInput("a1", article("a1", T0, "UST_YIELDS", "up"), T0);
        enriched.pipeInput(
                "a2",
                article("a2", T0.plus(Duration.ofMinutes(10)), "UST_YIELDS", "up"),
                T0.plus(Duration.ofMinutes(10)));
        links.pipeInput("a/e1", crossFeed(T0.plus(Duration.ofMinutes(20))), T0.plus(Duration.ofMinutes(20)));

        Map<String, ReactionStats> latest = stats.readKeyValuesToMap();
        String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "UST_YIELDS", "up");
        ReactionStats hourly = latest.get(cell + "@2021-09-10T12:00:00Z/PT1H");
        ReactionStats daily = latest.get(cell + "@2021-09-10T00:00:00Z/PT24H");
        assertThat(hourly.getCount()).isEqualTo(3);
        assertThat(hourly.getConfidenceSum()).isCloseTo(2.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(hourly.getWindowSizeMs()).isEqualTo(Duration.ofHours(1).toMillis());
        assertThat(daily.getCount()).isEqualTo(3);
        assertThat(latest.get(ReactionIncrements.countryPairKey("CN-US") + "@2021-09-10T12:00:00Z/PT1H")
                        .getCount())
                .isEqualTo(3);

        ReadOnlyWindowStore<String, ReactionStats> store = f.driver.getWindowStore(StoreNames.STATS_HOURLY);
        assertThat(store.fetch(cell, T0.minus(Duration.ofHours(1)), T0)
                        .next()
                        .value
                        .getCount())
                .isEqualTo(3);
    }

    @Test
    void aLateReactionIsStillCountedWhileItsWindowIsKept() {
        Instant later = T0.plus(Duration.ofDays(2));
        enriched.pipeInput("new", article("new", later, "USDCNH", "down"), later);
        enriched.pipeInput("old", article("old", T0, "USDCNH", "down"), T0); // two days late: still counted

        String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
        Map<String, ReactionStats> latest = stats.readKeyValuesToMap();
        assertThat(latest.get(cell + "@2021-09-10T12:00:00Z/PT1H").getCount()).isEqualTo(1);
        assertThat(f.deadLetters()).isEmpty();
    }

    @Test
    void aReactionOlderThanTheHourlyRetentionCountsOnlyInItsDay() {
        Instant later = T0.plus(f.settings.statsHourlyRetention()).plus(Duration.ofDays(2));
        enriched.pipeInput("new", article("new", later, "USDCNH", "down"), later);
        enriched.pipeInput("old", article("old", T0, "USDCNH", "down"), T0);

        String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
        Map<String, ReactionStats> latest = stats.readKeyValuesToMap();
        assertThat(latest).doesNotContainKey(cell + "@2021-09-10T12:00:00Z/PT1H");
        assertThat(latest.get(cell + "@2021-09-10T00:00:00Z/PT24H").getCount()).isEqualTo(1);
        assertThat(f.metrics.count("mrt.late.records", "stage", "stats-hourly")).isPositive();
        assertThat(f.deadLetters()).isEmpty();
    }

    @Test
    void aReactionOlderThanEveryKeptWindowIsDeadLetteredNotDropped() {
        Instant muchLater = T0.plus(f.settings.statsDailyRetention()).plus(Duration.ofDays(3));
        enriched.pipeInput("new", article("new", muchLater, "USDCNH", "down"), muchLater);
        enriched.pipeInput("old", article("old", T0, "USDCNH", "down"), T0);

        var dlq = f.deadLetters();
        assertThat(dlq)
                .isNotEmpty()
                .allSatisfy(r -> assertThat(DriverFixture.reason(r)).isEqualTo(DeadLetterReason.LATE));
        String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
        assertThat(stats.readKeyValuesToMap().keySet()).noneMatch(k -> k.startsWith(cell + "@2021-09-10"));
    }
}
