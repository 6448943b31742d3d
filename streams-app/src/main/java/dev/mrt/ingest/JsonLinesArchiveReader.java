package dev.mrt.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/** JSON Lines: one article object per line; blank lines are not records and are skipped. */
public final class JsonLinesArchiveReader implements ArchiveReader {
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final BufferedReader in;
    private final ArticleJsonParser parser = new ArticleJsonParser();
    private long lineNumber;

    public JsonLinesArchiveReader(BufferedReader in) {
        this.in = in;
    }

    @Override
    public ArchiveEntry next() throws IOException {
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (lineNumber == 1 && !line.isEmpty() && line.charAt(0) == BYTE_ORDER_MARK) {
                line = line.substring(1);
            }
            if (line.isBlank()) {
                continue;
            }
            try {
                return new ArchiveEntry.Parsed(
                        lineNumber, line, parser.parse(line).toAvro());
            } catch (InvalidArticleException e) {
                return new ArchiveEntry.Rejected(lineNumber, line, e.getMessage());
            }
        }
        return null;
    }
}
