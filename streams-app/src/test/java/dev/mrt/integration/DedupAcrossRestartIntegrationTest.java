package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Articles;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A re-sent wire arriving after a restart is still recognised: the dedup store comes back from its
 * changelog, even for articles published long ago (the broker's retention, which runs on record
 * timestamps, must not eat the changelog of a replay of old news).
 */
@Tag("integration")
class DedupAcrossRestartIntegrationTest {

    @Test
    void aWireResentAfterARestartIsStillDeduplicated() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.builder()
                .brokerProperty("log.retention.check.interval.ms", "500")
                .build()) {
            kafka.start();
            long started = System.nanoTime();
            // Resends within a 60-day retention are duplicates; a month of event time rolls changelog segments.
            Map<String, String> settings = Map.of(
                    "dedup.retention",
                    "60d",
                    "kafka.state.dir",
                    java.nio.file.Files.createTempDirectory("mrt-dedup-state").toString());
            Article wire = Articles.leaderCallStory("wire-7");
            try (RunningPipeline first = RunningPipeline.start(kafka, "dedup-restart", settings)) {
                // A month later in event time, as in a replay of old news: the changelog rolls a segment.
                Article monthLater = Article.newBuilder(Articles.leaderCallStory("month-later"))
                        .setPublishedAt(wire.getPublishedAt().plus(Duration.ofDays(30)))
                        .build();
                ArticleSender.sendAll(kafka.bootstrapServers(), first.topics().articles(), List.of(wire, monthLater));
                Records.readUntil(
                        kafka.bootstrapServers(),
                        first.topics().enriched(),
                        r -> r.size() >= 2,
                        Duration.ofSeconds(60));
                // The broker's first retention check runs 30 s after it starts; let it pass over the changelogs.
                Thread.sleep(
                        Math.max(0, Duration.ofSeconds(33).toMillis() - (System.nanoTime() - started) / 1_000_000));
            }
            try (RunningPipeline second = RunningPipeline.start(kafka, "dedup-restart", settings)) {
                Article other = Articles.leaderCallStory("after-restart");
                ArticleSender.sendAll(kafka.bootstrapServers(), second.topics().articles(), List.of(wire, other));
                var out = Records.readUntil(
                        kafka.bootstrapServers(),
                        second.topics().enriched(),
                        r -> r.stream().anyMatch(x -> x.key().equals("after-restart")),
                        Duration.ofSeconds(60));
                assertThat(out).extracting(r -> r.key()).containsExactly("wire-7", "month-later", "after-restart");
            }
        }
    }
}
