package dev.mrt.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The one reader of articles in the contract's JSON form, whichever way they come in: lines of
 * {@code tag} and {@code evaluate}, JSON Lines and CSV archives of {@code import} (a CSV row is
 * turned into the same object first), local mode's samples, the benchmarks' generator.
 *
 * <h2>Fields</h2>
 * <ul>
 *   <li>{@code id}: required; a string or an integer, not blank.
 *   <li>{@code title}, {@code body}: strings, each optional, but at least one must hold text.
 *   <li>{@code published_at}, {@code updated_at}: timestamps (below). Whether
 *       {@code published_at} is required depends on where the article goes: into Kafka it is the
 *       record's timestamp and must be there ({@link ParsedArticle#toAvro()}); the tagger alone
 *       does without it (relative dates such as "on Thursday" then stay unresolved).
 *   <li>{@code source}, {@code url}, {@code language}: optional strings.
 *   <li>{@code version}: optional integer.
 * </ul>
 * Any other field is ignored, so a labelled passage (with its {@code gold}) is valid input.
 *
 * <h2>Timestamps</h2>
 * One rule for every timestamp field, everywhere:
 * <ul>
 *   <li>ISO-8601 with an offset or {@code Z}: {@code 2021-09-10T08:25:00-04:00},
 *       {@code 2021-09-10T12:25:00Z} (the offset is kept: it is the publisher's local time);
 *   <li>ISO-8601 without an offset, {@code 2021-09-10T08:25:00}: taken as UTC;
 *   <li>a bare date, {@code 2021-09-10}: midnight UTC;
 *   <li>an integer (in CSV: a cell of digits): epoch milliseconds, UTC.
 * </ul>
 *
 * <h2>Errors</h2>
 * Every problem is an {@link InvalidArticleException} whose message is one of: {@code not JSON:
 * <why>}, {@code not a JSON object}, {@code missing '<field>'}, {@code '<field>' is empty},
 * {@code '<field>' must be a string} (or {@code an integer}, or {@code a string or an integer}),
 * {@code no text: 'title' and 'body' are both missing or empty}, and {@code '<field>' is not a
 * timestamp: '<value>' (...)}.
 */
public final class ArticleJsonParser {
    static final String TIMESTAMP_FORMS =
            "ISO-8601 such as 2021-09-10T08:25:00-04:00, 2021-09-10T12:25:00Z or 2021-09-10, or epoch milliseconds";

    // Trailing tokens fail: two objects run together on one line must not lose the second silently.
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** One article from one JSON text (a line). */
    public ParsedArticle parse(String json) throws InvalidArticleException {
        return fromNode(readObject(json));
    }

    /** The JSON object a line holds, for callers that read fields of their own (e.g. {@code gold}). */
    public JsonNode readObject(String json) throws InvalidArticleException {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("not JSON: " + firstLine(e.getOriginalMessage()));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("not a JSON object");
        }
        return node;
    }

    /** One article from a JSON object already read (a CSV row becomes one). */
    public ParsedArticle fromNode(JsonNode node) throws InvalidArticleException {
        String id = id(node);
        String title = optionalText(node, "title");
        String body = optionalText(node, "body");
        if (isBlank(title) && isBlank(body)) {
            throw new InvalidArticleException("no text: 'title' and 'body' are both missing or empty");
        }
        return new ParsedArticle(
                id,
                title == null ? "" : title,
                body == null ? "" : body,
                timestamp(node, "published_at"),
                optionalText(node, "source"),
                optionalText(node, "url"),
                optionalText(node, "language"),
                version(node),
                timestamp(node, "updated_at"));
    }

    /**
     * A timestamp in one of the forms above, as the text of a field.
     *
     * @throws IllegalArgumentException when it is none of them
     */
    public static OffsetDateTime timestamp(String text) {
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException notADateTime) {
                try {
                    return LocalDate.parse(text).atStartOfDay().atOffset(ZoneOffset.UTC);
                } catch (DateTimeParseException notADate) {
                    throw new IllegalArgumentException("'" + abbreviate(text) + "' (" + TIMESTAMP_FORMS + ")");
                }
            }
        }
    }

    private static String id(JsonNode node) throws InvalidArticleException {
        JsonNode v = node.get("id");
        if (v == null || v.isNull()) {
            throw new InvalidArticleException("missing 'id'");
        }
        if (!v.isTextual() && !v.isIntegralNumber()) {
            throw new InvalidArticleException("'id' must be a string or an integer");
        }
        if (v.asText().isBlank()) {
            throw new InvalidArticleException("'id' is empty");
        }
        return v.asText();
    }

    private static String optionalText(JsonNode node, String field) throws InvalidArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new InvalidArticleException("'" + field + "' must be a string");
        }
        return v.asText();
    }

    private static Long version(JsonNode node) throws InvalidArticleException {
        JsonNode v = node.get("version");
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new InvalidArticleException("'version' must be an integer");
        }
        return v.asLong();
    }

    private static OffsetDateTime timestamp(JsonNode node, String field) throws InvalidArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return Instant.ofEpochMilli(v.asLong()).atOffset(ZoneOffset.UTC);
        }
        if (!v.isTextual()) {
            throw new InvalidArticleException(
                    "'" + field + "' is not a timestamp: " + v + " (" + TIMESTAMP_FORMS + ")");
        }
        try {
            return timestamp(v.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidArticleException("'" + field + "' is not a timestamp: " + e.getMessage());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
