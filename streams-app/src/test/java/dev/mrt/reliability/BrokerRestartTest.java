package dev.mrt.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.streams.KafkaStreams;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The broker stops and comes back while the app runs: the app recovers by itself, and exactly-once holds. */
@Tag("reliability")
class BrokerRestartTest {
    private static final int ARTICLES = Integer.getInteger("mrt.reliability.articles", 20_000) / 10;

    @Test
    void theAppRidesOutABrokerRestart(@TempDir Path tmp) throws Exception {
        List<Article> samples =
                JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
        List<Article> stream = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            Article s = samples.get(i % samples.size());
            stream.add(Article.newBuilder(s)
                    .setId(s.getId() + "-" + i)
                    .setPublishedAt(
                            java.time.Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 7L))
                    .build());
        }
        Set<String> ids = stream.stream().map(Article::getId).collect(Collectors.toSet());
        int half = ARTICLES / 2;

        try (EmbeddedKafka kafka = EmbeddedKafka.builder()
                .dataDir(Files.createDirectories(tmp.resolve("broker")))
                .build()) {
            kafka.start();
            try (RunningPipeline p = RunningPipeline.start(kafka, "broker-restart", Map.of())) {
                ArticleSender.sendAll(kafka.bootstrapServers(), p.topics().articles(), stream.subList(0, half));
                Records.readUntil(
                        kafka.bootstrapServers(),
                        p.topics().enriched(),
                        r -> r.size() >= half / 2,
                        Duration.ofSeconds(90));

                kafka.stop();
                Thread.sleep(5_000); // the app sees the broker gone: connection errors, failed commits
                kafka.start();

                ArticleSender.sendAll(kafka.bootstrapServers(), p.topics().articles(), stream.subList(half, ARTICLES));
                var out = Records.readUntil(
                        kafka.bootstrapServers(),
                        p.topics().enriched(),
                        r -> r.size() >= ids.size(),
                        Duration.ofMinutes(3));
                Map<String, Integer> perId = new HashMap<>();
                out.forEach(r -> perId.merge(r.key(), 1, Integer::sum));
                assertThat(perId.keySet()).as("every article").isEqualTo(ids);
                assertThat(perId.values()).as("no duplicates").allMatch(n -> n == 1);
                Awaitility.await()
                        .atMost(Duration.ofSeconds(60))
                        .until(() -> p.runner().streams().state() == KafkaStreams.State.RUNNING);
                assertThat(p.runner().fatalError()).isNull();
            }
        }
    }
}
