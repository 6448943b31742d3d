package dev.mrt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.Article;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A realistic archive for the import and replay harness: the {@link ArticleGenerator#realistic}
 * articles as JSON Lines in the contract format. Seeded: the same count gives the same file.
 */
final class BenchArchive {

    private BenchArchive() {}

    /** @return bytes written */
    static long write(Path file, int count) throws IOException {
        ArticleGenerator articles = ArticleGenerator.realistic("bench-");
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                Article a = articles.next();
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("id", a.getId());
                line.put("title", a.getTitle());
                line.put("body", a.getBody());
                line.put(
                        "published_at",
                        a.getPublishedAt()
                                .atOffset(ZoneOffset.ofTotalSeconds(a.getPublishedOffsetSeconds()))
                                .toString());
                line.put("source", a.getSource());
                line.put("url", a.getUrl());
                out.write(json.writeValueAsString(line));
                out.newLine();
            }
        }
        return Files.size(file);
    }
}
