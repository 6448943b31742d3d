package dev.mrt.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.mrt.api.http.HttpPaths;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.testing.ApiClient;
import dev.mrt.testing.PrometheusText;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.SeedData;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** /metrics of a running pipeline after the seed story and a poison record went through. */
@Tag("integration")
class MetricsEndpointIntegrationTest {

    @Test
    void showsThePipelinesCountersKafkaStreamsAndJvmMetrics() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.startDefault();
                RunningPipeline pipeline = RunningPipeline.startServed(kafka, "metrics-it", Map.of())) {
            ApiClient api = new ApiClient(pipeline.baseUrl());
            SeedData.Fed fed = SeedData.feedStory(kafka.bootstrapServers(), pipeline, api);
            Records.sendRaw(
                    kafka.bootstrapServers(),
                    pipeline.topics().articles().name(),
                    "poison".getBytes(StandardCharsets.UTF_8),
                    new byte[] {1, 2, 3});

            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                String m = api.get(HttpPaths.METRICS).body();
                assertThat(PrometheusText.value(m, "mrt_articles_tagged_total")).isGreaterThanOrEqualTo(1);
                assertThat(PrometheusText.value(m, "mrt_dead_lettered_total", "reason=\"deserialization\""))
                        .isEqualTo(1);
            });
            ApiClient.Reply r = api.get(HttpPaths.METRICS);
            assertThat(r.header("Content-Type")).startsWith("text/plain");
            String m = r.body();
            assertThat(PrometheusText.value(m, "mrt_tagging_time_seconds_count"))
                    .isGreaterThanOrEqualTo(1);
            assertThat(PrometheusText.value(m, "mrt_tagging_time_seconds_sum")).isPositive();
            assertThat(m)
                    .contains(
                            "mrt_political_events_total",
                            "mrt_market_notes_total",
                            "mrt_links_total{scope=\"article\"}",
                            "mrt_links_total{scope=\"cross_feed\"}");
            if (fed.taggedByPipeline()) {
                // The tagger found the seed's leader call and its market notes, linked in the article.
                assertThat(PrometheusText.value(m, "mrt_political_events_total"))
                        .isGreaterThanOrEqualTo(1);
                assertThat(PrometheusText.value(m, "mrt_market_notes_total")).isGreaterThanOrEqualTo(2);
                assertThat(PrometheusText.value(m, "mrt_links_total", "scope=\"article\""))
                        .isGreaterThanOrEqualTo(2);
            }
            assertThat(m).containsPattern("(?m)^kafka_stream_\\w+");
            assertThat(PrometheusText.value(m, "jvm_memory_used_bytes")).isPositive();
            assertThat(PrometheusText.value(m, "process_uptime_seconds")).isPositive();
        }
    }
}
