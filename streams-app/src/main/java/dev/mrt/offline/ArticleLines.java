package dev.mrt.offline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.ingest.ArticleJsonParser;
import dev.mrt.ingest.InvalidArticleException;
import dev.mrt.ingest.NumberedLines;
import dev.mrt.ingest.ParsedArticle;
import dev.mrt.tagging.ArticleText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * JSON Lines of articles for the commands that go on past a bad line ({@code tag},
 * {@code evaluate}): every non-blank line is read by {@link ArticleJsonParser}; a line that does
 * not parse, or that the handler rejects, is reported as {@code <command>: <source>:<n>: <why>}
 * and skipped.
 */
public final class ArticleLines {
    private final ArticleJsonParser parser = new ArticleJsonParser();

    /** One good line: its 1-based number, the article, and the whole object (for fields such as {@code gold}). */
    public record Line(long number, ParsedArticle article, JsonNode json) {
        /** What the tagger reads. */
        public ArticleText text() {
            return new ArticleText(article.id(), article.title(), article.body(), article.publishedAt());
        }
    }

    /** What a command does with one good line; it may still reject it. */
    @FunctionalInterface
    public interface Handler {
        void accept(Line line) throws IOException, InvalidArticleException;
    }

    /** @return the number of bad lines */
    public int forEach(BufferedReader in, String command, String source, PrintWriter err, Handler handler)
            throws IOException {
        int bad = 0;
        NumberedLines lines = new NumberedLines(in);
        NumberedLines.Line line;
        while ((line = lines.next()) != null) {
            try {
                JsonNode json = parser.readObject(line.text());
                handler.accept(new Line(line.number(), parser.fromNode(json), json));
            } catch (InvalidArticleException e) {
                err.println(command + ": " + source + ":" + line.number() + ": " + e.getMessage());
                bad++;
            }
        }
        return bad;
    }
}
