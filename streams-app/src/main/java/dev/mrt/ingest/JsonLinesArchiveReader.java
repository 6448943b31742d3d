package dev.mrt.ingest;

import dev.mrt.avro.Article;
import java.io.BufferedReader;
import java.io.IOException;

/** JSON Lines: one article object per line; blank lines are not records and are skipped. */
public final class JsonLinesArchiveReader implements ArchiveReader<Article> {
    private final NumberedLines lines;
    private final ArticleJsonParser parser = new ArticleJsonParser();

    public JsonLinesArchiveReader(BufferedReader in) {
        this.lines = new NumberedLines(in);
    }

    @Override
    public ArchiveEntry<Article> next() throws IOException {
        NumberedLines.Line line = lines.next();
        if (line == null) {
            return null;
        }
        try {
            return new ArchiveEntry.Parsed<>(
                    line.number(), line.text(), parser.parse(line.text()).toAvro());
        } catch (InvalidArticleException e) {
            return new ArchiveEntry.Rejected<>(line.number(), line.text(), e.getMessage());
        }
    }
}
