package dev.mrt.ingest;

import dev.mrt.avro.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a JSON Lines file of articles, failing on the first bad line with its file and line number. */
public final class JsonLinesArticles {

    private JsonLinesArticles() {}

    public static List<Article> readAll(Path file) throws IOException {
        ArticleJsonParser parser = new ArticleJsonParser();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            NumberedLines lines = new NumberedLines(r);
            NumberedLines.Line line;
            while ((line = lines.next()) != null) {
                try {
                    out.add(parser.parse(line.text()).toAvro());
                } catch (InvalidArticleException e) {
                    throw new IOException(file + ":" + line.number() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }
}
