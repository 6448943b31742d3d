package dev.mrt.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.tagging.ArticleText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses one JSONL input line into an {@link ArticleText}; unknown fields are ignored. */
final class ArticleLineParser {
    private final ObjectMapper mapper;

    ArticleLineParser(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Thrown for a line that is not a valid article; the message says why. */
    static final class BadLineException extends Exception {
        BadLineException(String message) {
            super(message);
        }
    }

    record Parsed(ArticleText article, JsonNode node) {}

    /** What a command does with one good line; it may still reject the line. */
    @FunctionalInterface
    interface LineHandler {
        void accept(Parsed line) throws IOException, BadLineException;
    }

    /**
     * Hands every non-blank line of {@code in} to {@code handler}; a line that does not parse, or
     * that the handler rejects, is reported as {@code <command>: <source>:<n>: <why>} on
     * {@code err} and skipped. @return the number of bad lines
     */
    int forEachLine(BufferedReader in, String command, String source, PrintWriter err, LineHandler handler)
            throws IOException {
        int bad = 0;
        int n = 0;
        String line;
        while ((line = in.readLine()) != null) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                handler.accept(parse(line));
            } catch (BadLineException e) {
                err.println(command + ": " + source + ":" + n + ": " + e.getMessage());
                bad++;
            }
        }
        return bad;
    }

    Parsed parse(String line) throws BadLineException {
        JsonNode node;
        try {
            node = mapper.readTree(line);
        } catch (Exception e) {
            throw new BadLineException("not JSON: " + firstLine(e.getMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new BadLineException("expected a JSON object");
        }
        JsonNode id = node.get("id");
        if (id == null
                || id.isNull()
                || !(id.isTextual() || id.isNumber())
                || id.asText().isBlank()) {
            throw new BadLineException("missing or empty \"id\"");
        }
        String title = text(node, "title");
        String body = text(node, "body");
        if (title.isEmpty() && body.isEmpty()) {
            throw new BadLineException("no \"title\" and no \"body\"");
        }
        OffsetDateTime published = null;
        JsonNode p = node.get("published_at");
        if (p != null && !p.isNull()) {
            if (!p.isTextual()) {
                throw new BadLineException("\"published_at\" must be an ISO-8601 string");
            }
            published = publishedAt(p.asText());
        }
        return new Parsed(new ArticleText(id.asText(), title, body, published), node);
    }

    /**
     * ISO-8601 with an offset; a date-time without one, or a bare date, is taken as UTC (relative
     * dates then resolve in UTC, the best the input allows).
     */
    private static OffsetDateTime publishedAt(String v) throws BadLineException {
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(v).atOffset(java.time.ZoneOffset.UTC);
            } catch (DateTimeParseException e2) {
                try {
                    return java.time.LocalDate.parse(v).atStartOfDay().atOffset(java.time.ZoneOffset.UTC);
                } catch (DateTimeParseException e3) {
                    throw new BadLineException("\"published_at\" is not an ISO-8601 date-time: " + v);
                }
            }
        }
    }

    private static String text(JsonNode node, String field) throws BadLineException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return "";
        }
        if (!v.isTextual()) {
            throw new BadLineException("\"" + field + "\" must be a string");
        }
        return v.asText();
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
