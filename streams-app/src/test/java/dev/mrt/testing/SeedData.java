package dev.mrt.testing;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.avro.Article;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The seed story into a running pipeline with its API: the article itself (its text is what the
 * dashboard highlights evidence in), then the pipeline's own enrichment of it.
 */
public final class SeedData {
    public static final String LEADER_CALL = "diplomacy.leader_call";

    private SeedData() {}

    /** What was fed: the seed, and whether its tags are the pipeline's own (else the expected ones, published by the test). */
    public record Fed(Article seed, boolean taggedByPipeline) {}

    public static Article seedArticle() {
        try {
            return JsonLinesArticles.readAll(
                            TestConfigs.repoRoot().resolve(Path.of("config", "samples", "articles.jsonl")))
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The seed story as the build's tagger tags it when that tagger finds the leader call; with a
     * tagger that does not (yet), the expected tags ({@link Enriched#seed}) replace its output.
     */
    public static Fed feedStory(String bootstrap, RunningPipeline pipeline, ApiClient api) {
        Article seed = sendAndAwaitEnrichment(bootstrap, pipeline, api);
        if (hasLeaderCall(api.ok("/api/v1/articles/" + seed.getId()))) {
            return new Fed(seed, true);
        }
        publishExpectedTags(bootstrap, pipeline, api, seed);
        return new Fed(seed, false);
    }

    /** The seed with exactly the expected tags, whatever the tagger finds: for tests that count what the API returns. */
    public static Article feedExpected(String bootstrap, RunningPipeline pipeline, ApiClient api) {
        Article seed = sendAndAwaitEnrichment(bootstrap, pipeline, api);
        publishExpectedTags(bootstrap, pipeline, api, seed);
        return seed;
    }

    private static Article sendAndAwaitEnrichment(String bootstrap, RunningPipeline pipeline, ApiClient api) {
        Article seed = seedArticle();
        ArticleSender.sendAll(bootstrap, pipeline.topics().articles(), List.of(seed));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> api.get("/api/v1/articles/" + seed.getId()).status() == 200);
        return seed;
    }

    private static void publishExpectedTags(String bootstrap, RunningPipeline pipeline, ApiClient api, Article seed) {
        Records.send(
                bootstrap,
                pipeline.topics().enriched(),
                Map.of(seed.getId(), Enriched.seed(seed)),
                seed.getPublishedAt().toEpochMilli());
        await().atMost(Duration.ofSeconds(60))
                .until(() -> "test"
                        .equals(api.ok("/api/v1/articles/" + seed.getId())
                                .path("tagger_version")
                                .asText()));
    }

    private static boolean hasLeaderCall(JsonNode article) {
        for (JsonNode e : article.path("political_events")) {
            if (LEADER_CALL.equals(e.path("type").asText())) {
                return true;
            }
        }
        return false;
    }
}
