package dev.mrt.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.Article;
import dev.mrt.ingest.ArticleJsonParser;
import dev.mrt.ingest.InvalidArticleException;

/**
 * A realistic archive for the end-to-end harness: articles of 2 to 6 KB made from the sample
 * corpus's paragraphs (so the tagger sees real news text), with distinct ids and publication
 * times five minutes apart (plus jitter) from 2021-01-01, in publication order as a wire
 * archive would be. Seeded: the same count gives the same file.
 */
final class BenchArchive {
    private static final String SAMPLES = "config/samples/articles.jsonl";
    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");

    private BenchArchive() {
    }

    /** @return bytes written */
    static long write(Path file, int count) throws IOException {
        List<Article> samples = samples();
        List<String> paragraphs = new ArrayList<>();
        samples.forEach(a -> paragraphs.addAll(List.of(a.getBody().split("\n\n"))));
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(42);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Article base = samples.get(i % samples.size());
                int target = 2048 + random.nextInt(4096);
                StringBuilder body = new StringBuilder(base.getBody());
                while (body.length() < target) {
                    body.append("\n\n").append(paragraphs.get(random.nextInt(paragraphs.size())));
                }
                int cut = body.lastIndexOf(" ", target);
                Instant published = START.plus(Duration.ofMinutes(5L * i)).plusSeconds(random.nextInt(240));
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", "bench-" + i);
                line.put("title", base.getTitle());
                line.put("body", body.substring(0, cut > 0 ? cut : target));
                line.put("published_at", published.atOffset(i % 2 == 0 ? ZoneOffset.UTC : ZoneOffset.ofHours(-4)).toString());
                line.put("source", base.getSource());
                line.put("url", "https://example.com/bench/" + i);
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
        return Files.size(file);
    }

    private static List<Article> samples() throws IOException {
        ArticleJsonParser parser = new ArticleJsonParser();
        List<Article> out = new ArrayList<>();
        try (InputStream in = BenchArchive.class.getClassLoader().getResourceAsStream(SAMPLES)) {
            if (in == null) {
                throw new IOException(SAMPLES + " is not on the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(parser.parse(line));
                }
            }
        } catch (InvalidArticleException e) {
            throw new IOException("bad sample article: " + e.getMessage(), e);
        }
        return out;
    }
}
