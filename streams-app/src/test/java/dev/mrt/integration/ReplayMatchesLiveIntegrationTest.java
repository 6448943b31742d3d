package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MarketNote;
import dev.mrt.cli.MrtCommand;
import dev.mrt.compare.EnrichedContent;
import dev.mrt.config.AppConfig;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.replay.Replay;
import dev.mrt.replay.ReplayId;
import dev.mrt.replay.ReplayListener;
import dev.mrt.replay.ReplayOutcome;
import dev.mrt.replay.ReplayRequest;
import dev.mrt.replay.ReplayStart;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.MarketNotes;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.ProvenanceHeaders;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The sample corpus through the live pipeline, then replayed from the earliest offsets under a
 * replay id: the enriched values are the same apart from provenance and processing time, the
 * replay says so in the value and in headers, and the live topics are left as they were.
 */
@Tag("integration")
class ReplayMatchesLiveIntegrationTest {
    private static final String APP = "live-vs-replay";
    private static final String REPLAY_ID = "same-input";
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startDefault();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    @Test
    void aReplayOfTheSameInputGivesTheSameEnrichedValuesAsTheLiveRun() throws Exception {
        List<Article> samples =
                JsonLinesArticles.readAll(
                                TestConfigs.repoRoot().resolve(Path.of("config", "samples", "articles.jsonl")))
                        .stream()
                        .sorted(Comparator.comparing(Article::getPublishedAt))
                        .toList();
        List<MarketNote> notes = MarketNotes.samples();
        AppConfig live;
        Topics liveTopics;
        try (RunningPipeline p = RunningPipeline.start(kafka, APP, Map.of())) {
            live = p.config();
            liveTopics = p.topics();
            for (MarketNote n : notes) {
                Records.send(
                        kafka.bootstrapServers(),
                        liveTopics.marketNotes(),
                        Map.of(n.getId(), n),
                        n.getPublishedAt().toEpochMilli());
            }
            ArticleSender.sendAll(kafka.bootstrapServers(), liveTopics.articles(), samples);
            Records.readUntil(
                    kafka.bootstrapServers(),
                    liveTopics.enriched(),
                    r -> r.size() >= samples.size(),
                    Duration.ofSeconds(90));
        }
        List<ConsumerRecord<String, EnrichedArticle>> liveOut =
                Records.readAll(kafka.bootstrapServers(), liveTopics.enriched());

        try (Replay replay = Replay.prepare(
                live,
                new ReplayRequest(new ReplayId(REPLAY_ID), ReplayStart.earliest(), null, null, false),
                PipelineMetrics.inMemory())) {
            assertReplayMatches(replay, samples.size(), liveTopics, liveOut);
        }
    }

    private static void assertReplayMatches(
            Replay replay, int articles, Topics liveTopics, List<ConsumerRecord<String, EnrichedArticle>> liveOut)
            throws InterruptedException {
        ReplayOutcome outcome = replay.run(ReplayListener.NONE, () -> false, Duration.ofSeconds(1));
        List<ConsumerRecord<String, EnrichedArticle>> replayOut =
                Records.readAll(kafka.bootstrapServers(), replay.topics().enriched());

        assertThat(outcome.ending()).isEqualTo(ReplayOutcome.Ending.CAUGHT_UP);
        assertThat(replay.topics().enriched().name()).isEqualTo("reactions.enriched.replay-" + REPLAY_ID);
        assertThat(liveOut).hasSize(articles);
        assertThat(replayOut).hasSize(articles);
        assertThat(content(replayOut)).isEqualTo(content(liveOut));

        for (ConsumerRecord<String, EnrichedArticle> r : replayOut) {
            EnrichedArticle v = r.value();
            assertThat(v.getProvenance().getMode()).isEqualTo(RunIdentity.REPLAY);
            assertThat(v.getProvenance().getReplayId()).isEqualTo(REPLAY_ID);
            assertThat(v.getProvenance().getApplicationId()).isEqualTo(APP + "-replay-" + REPLAY_ID);
            assertThat(ProvenanceHeaders.read(r.headers(), ProvenanceHeaders.REPLAY_ID))
                    .isEqualTo(REPLAY_ID);
            assertThat(ProvenanceHeaders.read(r.headers(), ProvenanceHeaders.RUN_MODE))
                    .isEqualTo(RunIdentity.REPLAY);
            assertThat(ProvenanceHeaders.read(r.headers(), ProvenanceHeaders.TAXONOMY_VERSION))
                    .isEqualTo(v.getTaxonomyVersion());
            assertThat(ProvenanceHeaders.read(r.headers(), ProvenanceHeaders.TAGGER_VERSION))
                    .isEqualTo(v.getTaggerVersion());
            assertThat(ProvenanceHeaders.read(r.headers(), ProvenanceHeaders.PROCESSING_TIME))
                    .isEqualTo(v.getProcessingTime().toString());
        }
        assertThat(liveOut).allSatisfy(r -> {
            assertThat(r.value().getProvenance().getMode()).isEqualTo(RunIdentity.LIVE);
            assertThat(r.headers().lastHeader(ProvenanceHeaders.REPLAY_ID)).isNull();
        });
        assertThat(Records.readAll(kafka.bootstrapServers(), liveTopics.enriched()))
                .as("the live output is untouched by the replay")
                .hasSize(liveOut.size());

        StringWriter out = new StringWriter();
        int code = MrtCommand.execute(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "compare",
                liveTopics.enriched().name(),
                replay.topics().enriched().name(),
                "--exit-code",
                "--set",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "--set",
                "schema.registry.url=mock://local");
        assertThat(code).as(out.toString()).isZero();
        assertThat(out.toString()).contains("changed: 0 of the " + articles + " articles", "no differences");
    }

    /** Article id -> the value without the fields that say which run made it. */
    private static Map<String, Map<String, Object>> content(List<ConsumerRecord<String, EnrichedArticle>> records) {
        return records.stream()
                .collect(Collectors.toMap(
                        ConsumerRecord::key, r -> EnrichedContent.of(r.value(), EnrichedContent.RUN_FIELDS)));
    }
}
