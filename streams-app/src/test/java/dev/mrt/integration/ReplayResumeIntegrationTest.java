package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.config.AppConfig;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.replay.CatchUpStatus;
import dev.mrt.replay.PartitionPlan;
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
import dev.mrt.topology.Topic;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A replay closed before it is done and started again with the same id goes on from its
 * committed offsets: every article ends up exactly once in the read_committed output, and the
 * second run neither resets the offsets nor processes again what the first run did.
 */
@Tag("integration")
class ReplayResumeIntegrationTest {
    private static final Instant T0 = Instant.parse("2021-09-10T00:00:00Z");
    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startBroker() {
        kafka = EmbeddedKafka.startDefault();
    }

    @AfterAll
    static void stopBroker() {
        kafka.close();
    }

    private static List<Article> articles(String prefix, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> Articles.article(
                        prefix + "-" + i,
                        "Story " + i,
                        "Body of story " + i + ". Treasury yields rose.",
                        T0.plusSeconds(60L * i).toString()))
                .toList();
    }

    private static ReplayRequest request(String id, boolean follow) {
        return new ReplayRequest(new ReplayId(id), ReplayStart.earliest(), null, null, follow);
    }

    private static List<ConsumerRecord<String, EnrichedArticle>> output(Topic<String, EnrichedArticle> topic) {
        return Records.readAll(kafka.bootstrapServers(), topic);
    }

    @Test
    void aReplayClosedHalfwayResumesWhereItStopped() throws Exception {
        AppConfig live = TestConfigs.onBroker(kafka, "resume-half", Map.of("topic.articles", "articles.half"));
        Topic<String, Article> input = TestConfigs.topics(live).articles();
        TestConfigs.createTopics(live);
        ArticleSender.sendAll(kafka.bootstrapServers(), input, articles("half", 0, 200));

        // First run: follows the input; closed once the first half is through, as Ctrl-C would.
        PipelineMetrics first = PipelineMetrics.inMemory();
        try (Replay run1 = Replay.prepare(live, request("half", true), first)) {
            AtomicBoolean stop = new AtomicBoolean();
            CompletableFuture<ReplayOutcome> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return run1.run(ReplayListener.NONE, stop::get, Duration.ofSeconds(1));
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            await().atMost(Duration.ofSeconds(120))
                    .until(() -> output(run1.topics().enriched()).size() >= 200);
            stop.set(true);
            assertThat(running.get(60, TimeUnit.SECONDS).ending()).isEqualTo(ReplayOutcome.Ending.INTERRUPTED);
        }

        ArticleSender.sendAll(kafka.bootstrapServers(), input, articles("half", 200, 400));

        PipelineMetrics second = PipelineMetrics.inMemory();
        try (Replay run2 = Replay.prepare(live, request("half", false), second)) {
            assertThat(run2.plan().resuming()).isTrue();
            assertThat(run2.plan().partitions())
                    .filteredOn(p -> p.partition().topic().equals("articles.half"))
                    .allMatch(PartitionPlan::resumed);
            assertThat(run2.plan().offsetsToReset().keySet())
                    .noneMatch(tp -> tp.topic().equals("articles.half"));
            assertThat(run2.plan().toProcess()).isEqualTo(200);
            ReplayOutcome outcome = run2.run(ReplayListener.NONE, () -> false, Duration.ofSeconds(1));

            assertThat(outcome.ending()).isEqualTo(ReplayOutcome.Ending.CAUGHT_UP);
            List<ConsumerRecord<String, EnrichedArticle>> out =
                    output(run2.topics().enriched());
            assertThat(out)
                    .extracting(ConsumerRecord::key)
                    .doesNotHaveDuplicates()
                    .hasSize(400);
        }
        assertThat(first.total("mrt.articles.tagged")).isEqualTo(200);
        assertThat(second.total("mrt.articles.tagged"))
                .as("only the second half is processed again")
                .isEqualTo(200);
        assertThat(second.total("mrt.articles.deduplicated")).isZero();
    }

    @Test
    void aReplayStoppedAtAnyMomentAndRestartedProcessesEveryRecordExactlyOnce() throws Exception {
        AppConfig live = TestConfigs.onBroker(kafka, "resume-any", Map.of("topic.articles", "articles.any"));
        TestConfigs.createTopics(live);
        int n = 2_000;
        ArticleSender.sendAll(kafka.bootstrapServers(), TestConfigs.topics(live).articles(), articles("any", 0, n));

        PipelineMetrics first = PipelineMetrics.inMemory();
        ReplayOutcome outcome1;
        try (Replay run1 = Replay.prepare(live, request("any", false), first)) {
            AtomicBoolean stop = new AtomicBoolean();
            outcome1 = run1.run(
                    new ReplayListener() {
                        @Override
                        public void progress(CatchUpStatus status) {
                            // Stop as soon as the group has committed anything: mid-stream, wherever that is.
                            if (status.inputs().stream().anyMatch(p -> p.consumed() > p.start())) {
                                stop.set(true);
                            }
                        }
                    },
                    stop::get,
                    Duration.ZERO);
        }

        PipelineMetrics second = PipelineMetrics.inMemory();
        try (Replay run2 = Replay.prepare(live, request("any", false), second)) {
            ReplayOutcome outcome2 = run2.run(ReplayListener.NONE, () -> false, Duration.ofSeconds(1));

            assertThat(outcome1.ending()).isIn(ReplayOutcome.Ending.INTERRUPTED, ReplayOutcome.Ending.CAUGHT_UP);
            assertThat(run2.plan().resuming()).isTrue();
            assertThat(outcome2.ending()).isEqualTo(ReplayOutcome.Ending.CAUGHT_UP);
            List<ConsumerRecord<String, EnrichedArticle>> out =
                    output(run2.topics().enriched());
            assertThat(out)
                    .extracting(ConsumerRecord::key)
                    .doesNotHaveDuplicates()
                    .hasSize(n);
        }
        assertThat(first.total("mrt.articles.tagged") + second.total("mrt.articles.tagged"))
                .isEqualTo(n);
        assertThat(first.total("mrt.articles.deduplicated") + second.total("mrt.articles.deduplicated"))
                .isZero();
    }
}
