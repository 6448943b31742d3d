package dev.mrt.testing;

import dev.mrt.avro.Article;
import dev.mrt.ingest.JsonLinesArticles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Many distinct articles made from the repository's samples, published in order from a given
 * time: an archive of old news, whose record timestamps a time retention finds long expired.
 */
public final class HistoricArticles {

    private HistoricArticles() {}

    /** {@code count} articles with ids {@code <sample id>-<i>}, the i-th published at {@code start + i * step}. */
    public static List<Article> from(Instant start, Duration step, int count) {
        List<Article> samples;
        try {
            samples = JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Article> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Article s = samples.get(i % samples.size());
            out.add(Article.newBuilder(s)
                    .setId(s.getId() + "-" + i)
                    .setPublishedAt(start.plus(step.multipliedBy(i)))
                    .build());
        }
        return out;
    }
}
