package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.config.AppConfig;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.testing.Articles;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.TestConfigs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

/** A replay's event-time window and the provenance headers, on the tagging topologies. */
class ReplayWindowAndHeadersTest {
    private static final ArticleTagger TAGGER = ArticleTagger.loadDefault();
    private static final Instant FROM = Instant.parse("2021-09-10T06:00:00Z");
    private static final Instant TO = Instant.parse("2021-09-10T18:00:00Z");

    private static DriverFixture pipeline(RunIdentity run) {
        return new DriverFixture((builder, fx) -> {
            ArticleTaggingTopology.addTo(builder, fx.topics, TAGGER, run, fx.settings, fx.metrics);
            MarketNoteTopology.addTo(builder, fx.topics, TAGGER, run, fx.settings, fx.metrics);
        });
    }

    private static Article at(String id, String publishedAt) {
        return Articles.article(id, "Title " + id, "Body of " + id + ".", publishedAt);
    }

    @Test
    void aBoundedWindowLetsThroughExactlyTheRecordsPublishedFromItsStartToBeforeItsEnd() {
        try (DriverFixture fx = pipeline(RunIdentity.replay("w1", new EventTimeWindow(FROM, TO)))) {
            var in = fx.input(fx.topics.articles());
            // Out of order on purpose: the window is about publication time, not position.
            in.pipeInput("late", at("late", "2021-09-10T18:00:00Z"));
            in.pipeInput("start", at("start", "2021-09-10T06:00:00Z"));
            in.pipeInput("before", at("before", "2021-09-10T05:59:59.999Z"));
            in.pipeInput("inside", at("inside", "2021-09-10T12:00:00Z"));
            in.pipeInput("last", at("last", "2021-09-10T17:59:59.999Z"));

            List<String> enriched = fx.output(fx.topics.enriched()).readKeyValuesToList().stream()
                    .map(kv -> kv.key)
                    .toList();

            assertThat(enriched).containsExactly("start", "inside", "last");
            assertThat(fx.metrics.count("mrt.replay.outside.window", "input", "articles"))
                    .isEqualTo(2.0);
            assertThat(fx.deadLetters()).isEmpty();
        }
    }

    @Test
    void enrichedRecordsOfAReplayCarryItsProvenanceInTheValueAndInHeaders() {
        try (DriverFixture fx = pipeline(RunIdentity.replay("tax-2", EventTimeWindow.ALL))) {
            fx.input(fx.topics.articles()).pipeInput("a-1", Articles.leaderCallStory("a-1"));

            TestRecord<String, EnrichedArticle> out =
                    fx.output(fx.topics.enriched()).readRecord();

            var h = out.headers();
            assertThat(ProvenanceHeaders.read(h, ProvenanceHeaders.RUN_MODE)).isEqualTo(RunIdentity.REPLAY);
            assertThat(ProvenanceHeaders.read(h, ProvenanceHeaders.REPLAY_ID)).isEqualTo("tax-2");
            assertThat(ProvenanceHeaders.read(h, ProvenanceHeaders.TAXONOMY_VERSION))
                    .isEqualTo(TAGGER.taxonomyVersion());
            assertThat(ProvenanceHeaders.read(h, ProvenanceHeaders.TAGGER_VERSION))
                    .isEqualTo(TAGGER.taggerVersion());
            assertThat(ProvenanceHeaders.read(h, ProvenanceHeaders.PROCESSING_TIME))
                    .isEqualTo(DriverFixture.WALL_CLOCK.toString());
            EnrichedArticle e = out.value();
            assertThat(e.getProvenance().getReplayId()).isEqualTo("tax-2");
            assertThat(e.getProcessingTime()).isEqualTo(DriverFixture.WALL_CLOCK);
            assertThat(e.getTaxonomyVersion()).isEqualTo(TAGGER.taxonomyVersion());
        }
    }

    @Test
    void aLiveRunReplacesProvenanceHeadersThatCameWithItsInput() {
        try (DriverFixture fx = pipeline(RunIdentity.live())) {
            var stale = new RecordHeaders();
            stale.add(ProvenanceHeaders.REPLAY_ID, "old".getBytes(StandardCharsets.UTF_8));
            stale.add(ProvenanceHeaders.RUN_MODE, "replay".getBytes(StandardCharsets.UTF_8));
            stale.add("trace-id", "t-1".getBytes(StandardCharsets.UTF_8));
            fx.input(fx.topics.articles()).pipeInput(new TestRecord<>("a-2", Articles.leaderCallStory("a-2"), stale));

            var h = fx.output(fx.topics.enriched()).readRecord().headers();

            assertThat(ProvenanceHeaders.read(h, ProvenanceHeaders.RUN_MODE)).isEqualTo(RunIdentity.LIVE);
            assertThat(h.headers(ProvenanceHeaders.RUN_MODE)).hasSize(1);
            assertThat(h.lastHeader(ProvenanceHeaders.REPLAY_ID)).isNull();
            assertThat(ProvenanceHeaders.read(h, "trace-id")).isEqualTo("t-1");
        }
    }

    @Test
    void onlyABoundedWindowAddsTheGateSoTheLiveTopologyIsUnchanged() {
        assertThat(describe(RunIdentity.live()))
                .doesNotContain(ArticleTaggingTopology.WINDOW_GATE, MarketNoteTopology.WINDOW_GATE);
        assertThat(describe(RunIdentity.replay("w2", EventTimeWindow.ALL)))
                .doesNotContain(ArticleTaggingTopology.WINDOW_GATE);
        assertThat(describe(RunIdentity.replay("w2", new EventTimeWindow(FROM, null))))
                .contains(ArticleTaggingTopology.WINDOW_GATE, MarketNoteTopology.WINDOW_GATE);
    }

    private static String describe(RunIdentity run) {
        AppConfig config = TestConfigs.local();
        PipelineMetrics metrics = PipelineMetrics.inMemory();
        return PipelineTopology.build(
                        Topics.from(config, SerdeFactories.forConfig(config)::valueSerde),
                        TAGGER,
                        TestConfigs.instruments(),
                        run,
                        TopologySettings.from(config),
                        metrics,
                        StreamsSettings.from(config, metrics))
                .describe()
                .toString();
    }
}
