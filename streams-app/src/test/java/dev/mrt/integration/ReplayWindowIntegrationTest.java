package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.avro.Article;
import dev.mrt.cli.MrtCommand;
import dev.mrt.config.AppConfig;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.replay.Replay;
import dev.mrt.replay.ReplayId;
import dev.mrt.replay.ReplayListener;
import dev.mrt.replay.ReplayOutcome;
import dev.mrt.replay.ReplayRequest;
import dev.mrt.replay.ReplayStart;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Articles;
import dev.mrt.testing.Records;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.PipelineMetrics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A replay from a timestamp processes exactly the records published at or after it, and with
 * {@code --to} none published at or after that, even when the input is out of order in the log.
 */
@Tag("integration")
class ReplayWindowIntegrationTest {
    private static final Instant T0 = Instant.parse("2021-09-10T00:00:00Z");
    private static final int HOURS = 24;
    private static EmbeddedKafka kafka;
    private static AppConfig live;

    @BeforeAll
    static void loadArticles() {
        kafka = EmbeddedKafka.startDefault();
        live = TestConfigs.onBroker(kafka, "window-it", Map.of());
        TestConfigs.createTopics(live);
        List<Article> articles = new ArrayList<>(IntStream.range(0, HOURS)
                .mapToObj(h -> Articles.article(
                        id(h),
                        "Hour " + h,
                        "Markets at hour " + h + ".",
                        T0.plus(Duration.ofHours(h)).toString()))
                .toList());
        // Shuffled: a record published before the start may sit after the first one at or after it.
        Collections.shuffle(articles, new Random(7));
        ArticleSender.sendAll(kafka.bootstrapServers(), TestConfigs.topics(live).articles(), articles);
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static String id(int hour) {
        return String.format("h-%02d", hour);
    }

    private static List<String> ids(int fromHour, int toHour) {
        return IntStream.range(fromHour, toHour)
                .mapToObj(ReplayWindowIntegrationTest::id)
                .toList();
    }

    private static List<String> replay(String replayId, Instant from, Instant to, PipelineMetrics metrics)
            throws Exception {
        try (Replay replay = Replay.prepare(
                live, new ReplayRequest(new ReplayId(replayId), ReplayStart.at(from), to, null, false), metrics)) {
            ReplayOutcome outcome = replay.run(ReplayListener.NONE, () -> false, Duration.ofSeconds(1));
            assertThat(outcome.ending()).isEqualTo(ReplayOutcome.Ending.CAUGHT_UP);
            return Records.readAll(kafka.bootstrapServers(), replay.topics().enriched()).stream()
                    .map(ConsumerRecord::key)
                    .toList();
        }
    }

    @Test
    void fromATimestampOnlyRecordsPublishedAtOrAfterItAreProcessed() throws Exception {
        PipelineMetrics metrics = PipelineMetrics.inMemory();

        List<String> out = replay("from-six", T0.plus(Duration.ofHours(6)), null, metrics);

        assertThat(out).containsExactlyInAnyOrderElementsOf(ids(6, HOURS));
        assertThat(metrics.total("mrt.articles.tagged")).isEqualTo(HOURS - 6);
    }

    @Test
    void withAnEndRecordsPublishedAtOrAfterItAreLeftOut() throws Exception {
        PipelineMetrics metrics = PipelineMetrics.inMemory();

        List<String> out =
                replay("six-to-eighteen", T0.plus(Duration.ofHours(6)), T0.plus(Duration.ofHours(18)), metrics);

        assertThat(out).containsExactlyInAnyOrderElementsOf(ids(6, 18));
        assertThat(metrics.total("mrt.articles.tagged")).isEqualTo(12);
        assertThat(metrics.total("mrt.replay.outside.window"))
                .as("the hours 18..23 at least were read and skipped")
                .isGreaterThanOrEqualTo(HOURS - 18);
    }

    @Test
    void aNewReplayRefusesAnOutputTopicThatAlreadyHoldsAnotherRunsRecords() throws Exception {
        String taken = "taken.enriched";
        kafka.createTopics(1, taken);
        Records.sendRaw(
                kafka.bootstrapServers(),
                taken,
                "k".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "v".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        try (Replay replay = Replay.prepare(
                live,
                new ReplayRequest(new ReplayId("taken"), ReplayStart.earliest(), null, taken, false),
                PipelineMetrics.inMemory())) {
            assertThat(replay.plan().outputTaken()).isTrue();
            assertThatThrownBy(() -> replay.run(ReplayListener.NONE, () -> false, Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(taken)
                    .hasMessageContaining("another run");
        }
        try (var admin = kafka.admin()) {
            assertThat(admin.listConsumerGroupOffsets("window-it-replay-taken")
                            .partitionsToOffsetAndMetadata()
                            .get())
                    .as("nothing was reset")
                    .isEmpty();
        }
    }

    @Test
    void theReplayCommandShowsProgressPerPartitionAndASummary() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = MrtCommand.execute(
                new PrintWriter(out, true),
                new PrintWriter(err, true),
                "replay",
                "--replay-id",
                "cli",
                "--from",
                "2021-09-10T12:00:00Z",
                "--progress-every",
                "1s",
                "--set",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "--set",
                "application.id=window-it",
                "--set",
                "schema.registry.url=mock://local",
                "--set",
                "kafka.state.dir=" + live.kafkaOverrides().get("state.dir"),
                // As the live app: the replay's own output topics take this many partitions, and its
                // realized-move stage reads them beside the prices topic the live app created.
                "--set",
                "topic.partitions=" + live.integer(dev.mrt.config.Setting.TOPIC_PARTITIONS));

        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("replay cli: start offsets set for", "replay cli: caught up");
        assertThat(err.toString()).containsPattern("news\\.articles\\.v1-0\\s+offset \\d+ of \\d+");
        assertThat(out.toString())
                .contains(
                        "application id   window-it-replay-cli",
                        "replay cli caught up in",
                        "12 articles enriched",
                        "output in reactions.enriched.replay-cli");
    }

    @Test
    void aDryRunShowsThePlanAndChangesNothing() throws Exception {
        StringWriter out = new StringWriter();

        int code = MrtCommand.execute(
                new PrintWriter(out),
                new PrintWriter(new StringWriter()),
                "replay",
                "--dry-run",
                "--replay-id",
                "dry",
                "--from",
                "2021-09-10T06:00:00Z",
                "--set",
                "bootstrap.servers=" + kafka.bootstrapServers(),
                "--set",
                "application.id=window-it",
                "--set",
                "schema.registry.url=mock://local");

        assertThat(code).isZero();
        assertThat(out.toString())
                .contains(
                        "window-it-replay-dry (new consumer group)",
                        "reactions.enriched.replay-dry",
                        "news.articles.v1-0",
                        "news.articles.v1-1",
                        "[2021-09-10T06:00:00Z, open)",
                        "dry run: nothing changed");
        try (var admin = kafka.admin()) {
            assertThat(admin.listTopics().names().get()).doesNotContain("reactions.enriched.replay-dry");
            assertThat(admin.listConsumerGroupOffsets("window-it-replay-dry")
                            .partitionsToOffsetAndMetadata()
                            .get())
                    .isEmpty();
        }
    }
}
