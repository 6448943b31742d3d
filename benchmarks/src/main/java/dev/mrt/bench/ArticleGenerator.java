package dev.mrt.bench;

import dev.mrt.avro.Article;
import dev.mrt.ingest.ArticleJsonParser;
import dev.mrt.ingest.InvalidArticleException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic articles for the harnesses, one after the other: each starts with a sample article's
 * body (config/samples, so the tagger sees real news text) and is filled up with random sample
 * paragraphs to a length drawn from {@code [minChars, maxChars)}, cut at a word. Distinct ids
 * ({@code <prefix><n>}), publication times five minutes apart (plus up to four minutes of jitter)
 * from 2016-01-01, so in publication order as a wire archive would be; a million of them end in
 * mid-2025, in the past, as the broker (future timestamps rejected) and the app's validator want.
 * Seeded: the same settings give the same articles.
 */
final class ArticleGenerator {
    static final Instant START = Instant.parse("2016-01-01T00:00:00Z");
    private static final String SAMPLES = "config/samples/articles.jsonl";

    private final List<Article> samples;
    private final List<String> paragraphs = new ArrayList<>();
    private final Random random = new Random(42);
    private final String idPrefix;
    private final int minChars;
    private final int spanChars;
    private long next;

    ArticleGenerator(String idPrefix, int minChars, int maxChars) {
        if (maxChars <= minChars) {
            throw new IllegalArgumentException("maxChars must exceed minChars");
        }
        this.samples = samples();
        samples.forEach(a -> paragraphs.addAll(List.of(a.getBody().split("\n\n"))));
        this.idPrefix = idPrefix;
        this.minChars = minChars;
        this.spanChars = maxChars - minChars;
    }

    /** Articles of 2 to 6 KB, the size of the benchmark. */
    static ArticleGenerator realistic(String idPrefix) {
        return new ArticleGenerator(idPrefix, 2048, 6144);
    }

    /** How many articles were made so far; also the number of the next one. */
    long count() {
        return next;
    }

    /** The latest publication time of the first {@code count} articles (jitter included). */
    static Instant lastPublication(int count) {
        return START.plus(Duration.ofMinutes(5L * count));
    }

    Article next() {
        long i = next++;
        Article base = samples.get((int) (i % samples.size()));
        int target = minChars + random.nextInt(spanChars);
        StringBuilder body = new StringBuilder(base.getBody());
        while (body.length() < target) {
            body.append("\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
        }
        int cut = body.lastIndexOf(" ", target);
        Instant published = START.plus(Duration.ofMinutes(5L * i)).plusSeconds(random.nextInt(240));
        return Article.newBuilder()
                .setId(idPrefix + i)
                .setTitle(base.getTitle())
                .setBody(body.substring(0, cut > 0 ? cut : target))
                .setPublishedAt(published)
                // Every other article from New York, as BenchArchive writes them: local-time phrases resolve either
                // way.
                .setPublishedOffsetSeconds(i % 2 == 0 ? 0 : -4 * 3600)
                .setSource(base.getSource())
                .setUrl("https://example.com/bench/" + i)
                .build();
    }

    private static List<Article> samples() {
        ArticleJsonParser parser = new ArticleJsonParser();
        List<Article> out = new ArrayList<>();
        try (InputStream in = ArticleGenerator.class.getClassLoader().getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IllegalStateException(SAMPLES + " is not on the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(parser.parse(line).toAvro());
                }
            }
        } catch (IOException | InvalidArticleException e) {
            throw new IllegalStateException("cannot read the sample articles: " + e.getMessage(), e);
        }
        return out;
    }
}
