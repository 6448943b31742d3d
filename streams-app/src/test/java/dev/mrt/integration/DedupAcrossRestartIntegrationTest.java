package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mrt.avro.Article;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Articles;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A re-sent wire arriving after a restart is still recognised: the dedup store comes back from its changelog. */
@Tag("integration")
class DedupAcrossRestartIntegrationTest {

    @Test
    void aWireResentAfterARestartIsStillDeduplicated() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault()) {
            Map<String, String> settings = Map.of("kafka.state.dir",
                    java.nio.file.Files.createTempDirectory("mrt-dedup-state").toString());
            Article wire = Articles.leaderCallStory("wire-7");
            try (RunningPipeline first = RunningPipeline.start(kafka, "dedup-restart", settings)) {
                ArticleSender.sendAll(kafka.bootstrapServers(), first.topics().articles(), List.of(wire));
                Records.readUntil(kafka.bootstrapServers(), first.topics().enriched(), r -> r.size() >= 1, Duration.ofSeconds(60));
            }
            try (RunningPipeline second = RunningPipeline.start(kafka, "dedup-restart", settings)) {
                Article other = Articles.leaderCallStory("after-restart");
                ArticleSender.sendAll(kafka.bootstrapServers(), second.topics().articles(), List.of(wire, other));
                var out = Records.readUntil(kafka.bootstrapServers(), second.topics().enriched(),
                        r -> r.stream().anyMatch(x -> x.key().equals("after-restart")), Duration.ofSeconds(60));
                assertThat(out).extracting(r -> r.key()).containsExactly("wire-7", "after-restart");
            }
        }
    }
}
