package dev.mrt.testing;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;

/**
 * The seed story into a running pipeline: the article itself (its text is what the dashboard
 * highlights evidence in), then, once the pipeline has enriched it, the seed's expected tags on
 * the enriched topic, so dashboard tests see the leader call and its reactions whatever the
 * tagger in the build finds.
 */
public final class SeedData {

    private SeedData() {
    }

    public static Article seedArticle() {
        try {
            return JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve(Path.of("config", "samples", "articles.jsonl"))).get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sends the seed and waits until the API shows its leader call. */
    public static Article feed(String bootstrap, RunningPipeline pipeline, ApiClient api) {
        Article seed = seedArticle();
        ArticleSender.sendAll(bootstrap, pipeline.topics().articles(), List.of(seed));
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/v1/articles/" + seed.getId()).status() == 200);
        EnrichedArticle tagged = Enriched.seed(seed);
        Records.send(bootstrap, pipeline.topics().enriched(), Map.of(seed.getId(), tagged), seed.getPublishedAt().toEpochMilli());
        await().atMost(Duration.ofSeconds(60)).until(() ->
                api.ok("/api/v1/articles/" + seed.getId()).path("political_events").size() == 1);
        return seed;
    }
}
