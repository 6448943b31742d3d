package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.ReactionStats;
import dev.mrt.avro.ReactionStatsWindow;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.testing.Articles;
import dev.mrt.testing.DriverFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/** Statistics of the whole pipeline in a test driver: what articles and their revisions count for. */
class ReactionStatsTopologyTest {
    private static final ArticleTagger TAGGER = ArticleTagger.loadDefault();

    private static DriverFixture pipeline(Map<String, String> overrides) {
        return new DriverFixture(overrides, (b, fx) -> {
            var articles =
                    ArticleTaggingTopology.addTo(b, fx.topics, TAGGER, RunIdentity.live(), fx.settings, fx.metrics);
            var feed = MarketNoteTopology.addTo(b, fx.topics, TAGGER, RunIdentity.live(), fx.settings, fx.metrics);
            var stats = ReactionLinkTopology.addTo(
                    b, articles.linkSources(), feed, fx.topics, fx.settings, RunIdentity.live(), fx.metrics);
            ReactionStatsTopology.addTo(b, stats, fx.topics, fx.settings);
        });
    }

    private static void emit(DriverFixture f) {
        for (int i = 0; i < 3; i++) {
            f.driver.advanceWallClockTime(Duration.ofSeconds(1));
        }
    }

    private static Map<String, Long> counts(ReactionStatsWindow w) {
        Map<String, Long> out = new HashMap<>();
        w.getCells().forEach(c -> out.put(c.getKey(), c.getCount()));
        return out;
    }

    private static Map<String, Long> expected(EnrichedArticle... articles) {
        StatsCells cells = StatsCells.empty();
        for (EnrichedArticle a : articles) {
            cells.add(ReactionIncrements.of(a), 1);
        }
        Map<String, Long> out = new HashMap<>();
        cells.keys().forEach(k -> out.put(k, cells.count(k)));
        return out;
    }

    private static String hourOf(Article a, Duration size) {
        long t = a.getPublishedAt().toEpochMilli();
        return StatsWindowing.outputKey(t - Math.floorMod(t, size.toMillis()), size);
    }

    @Test
    void theReactionsInsideAnArticleAreCountedInItsHourAndDayPerCellAndCountryPair() {
        try (DriverFixture f = pipeline(Map.of())) {
            Article a = Articles.leaderCallStory("a-1");
            f.input(f.topics.articles()).pipeInput("a-1", a);
            emit(f);

            EnrichedArticle enriched = f.output(f.topics.enriched()).readValue();
            Map<String, ReactionStatsWindow> windows =
                    f.output(f.topics.stats()).readKeyValuesToMap();
            ReactionStatsWindow hour = windows.get(hourOf(a, TopologySettings.HOUR));
            ReactionStatsWindow day = windows.get(hourOf(a, TopologySettings.DAY));
            assertThat(expected(enriched)).isNotEmpty();
            assertThat(counts(hour)).isEqualTo(expected(enriched));
            assertThat(counts(day)).isEqualTo(expected(enriched));
            ReactionStats cell = hour.getCells().get(0);
            assertThat(cell.getWindowSizeMs()).isEqualTo(Duration.ofHours(1).toMillis());
            assertThat(cell.getWindowStart()).isEqualTo(hour.getWindowStart());
            assertThat(cell.getDimension())
                    .isIn(ReactionIncrements.BY_EVENT_ASSET_DIRECTION, ReactionIncrements.BY_COUNTRY_PAIR);
        }
    }

    @Test
    void aRevisionReplacesWhatTheArticleCountedForEvenInAnotherWindow() {
        try (DriverFixture f = pipeline(Map.of())) {
            Article v1 = Articles.leaderCallStory("a-1");
            Article v2 = Article.newBuilder()
                    .setId("a-1")
                    .setTitle(v1.getTitle())
                    .setBody("President Joe Biden and President Xi Jinping spoke by phone on Thursday night. "
                            + "The offshore yuan strengthened against the dollar.")
                    .setPublishedAt(v1.getPublishedAt().plus(Duration.ofHours(3)))
                    .setPublishedOffsetSeconds(v1.getPublishedOffsetSeconds())
                    .setSource(v1.getSource())
                    .setVersion(2L)
                    .build();
            TestInputTopic<String, Article> in = f.input(f.topics.articles());
            TestOutputTopic<String, EnrichedArticle> out = f.output(f.topics.enriched());
            in.pipeInput("a-1", v1);
            emit(f);
            in.pipeInput("a-1", v2);
            in.pipeInput("a-1", v2); // a re-sent wire: deduplicated, counts nothing
            emit(f);

            List<EnrichedArticle> enriched = out.readValuesToList();
            assertThat(enriched).hasSize(2);
            Map<String, ReactionStatsWindow> windows =
                    f.output(f.topics.stats()).readKeyValuesToMap();
            assertThat(counts(windows.get(hourOf(v1, TopologySettings.HOUR)))).isEmpty();
            assertThat(counts(windows.get(hourOf(v2, TopologySettings.HOUR)))).isEqualTo(expected(enriched.get(1)));
            assertThat(counts(windows.get(hourOf(v2, TopologySettings.DAY)))).isEqualTo(expected(enriched.get(1)));
        }
    }

    @Test
    void aCopyProcessedAgainAfterTheDeduplicationRetentionDoesNotCountTwice() {
        try (DriverFixture f = pipeline(Map.of())) {
            Article a = Articles.leaderCallStory("a-1");
            TestInputTopic<String, Article> in = f.input(f.topics.articles());
            in.pipeInput("a-1", a);
            // Something much newer, then the same article again: dedup.retention has passed for
            // it, so it is tagged again; what it counted for is replaced, not added to.
            Article later = Articles.article(
                    "b-1",
                    "Later",
                    "Nothing happened.",
                    a.getPublishedAt()
                            .plus(f.settings.dedupRetention())
                            .plus(Duration.ofDays(1))
                            .toString());
            in.pipeInput("b-1", later);
            in.pipeInput(
                    "a-1",
                    a,
                    a.getPublishedAt().plus(f.settings.dedupRetention()).plusSeconds(1));
            emit(f);

            List<EnrichedArticle> enriched = f.output(f.topics.enriched()).readValuesToList();
            assertThat(enriched).extracting(EnrichedArticle::getArticleId).containsExactly("a-1", "b-1", "a-1");
            Map<String, ReactionStatsWindow> windows =
                    f.output(f.topics.stats()).readKeyValuesToMap();
            assertThat(counts(windows.get(hourOf(a, TopologySettings.HOUR)))).isEqualTo(expected(enriched.get(2)));
        }
    }

    @Test
    void aWindowIsDroppedOnlyOnceEveryLinkingPartitionIsPastItsRetention() {
        try (DriverFixture f =
                pipeline(Map.of("topic.partitions", "1", "stats.hourly.retention", "1d", "link.horizon", "2d"))) {
            Article old = Articles.leaderCallStory("old");
            TestInputTopic<String, Article> in = f.input(f.topics.articles());
            in.pipeInput("old", old);
            emit(f);
            KeyValueStore<String, ?> hourly = f.driver.getKeyValueStore(StoreNames.STATS_HOURLY);
            long start = old.getPublishedAt().toEpochMilli()
                    - Math.floorMod(old.getPublishedAt().toEpochMilli(), 3_600_000L);
            String key = f.settings.statistics().get(0).deltaKey(start);
            assertThat(hourly.get(key)).isNotNull();

            // Kept while linking may still change it (horizon plus link window), then for the retention.
            Instant beyond = old.getPublishedAt()
                    .plus(f.settings.linkHorizon())
                    .plus(f.settings.linkBefore())
                    .plus(f.settings.linkAfter())
                    .plus(Duration.ofDays(2));
            Article recent = Articles.leaderCallStory("recent");
            in.pipeInput(
                    "recent",
                    Article.newBuilder()
                            .setId("recent")
                            .setTitle(recent.getTitle())
                            .setBody(recent.getBody())
                            .setPublishedAt(beyond)
                            .setSource("test")
                            .build());
            emit(f);
            assertThat(hourly.get(key)).isNull();
            assertThat(f.deadLetters()).isEmpty();
        }
    }
}
