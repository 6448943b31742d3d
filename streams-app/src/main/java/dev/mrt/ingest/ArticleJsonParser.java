package dev.mrt.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.Article;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Reads one article in the contract's JSON form ({@code id, title, body, published_at, source,
 * url}, plus optional {@code version, updated_at, language}) into an {@link Article}. Other
 * fields are ignored, so a labelled passage is valid input.
 */
public final class ArticleJsonParser {
    // Trailing tokens fail: two objects run together on one line must not lose the second silently.
    private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public Article parse(String json) throws InvalidArticleException {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidArticleException("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new InvalidArticleException("not a JSON object");
        }
        return fromNode(node);
    }

    public Article fromNode(JsonNode node) throws InvalidArticleException {
        String id = requiredText(node, "id");
        String body = requiredText(node, "body");
        OffsetDateTime published = timestamp(node, "published_at", true);
        OffsetDateTime updated = timestamp(node, "updated_at", false);
        return Article.newBuilder()
                .setId(id)
                .setTitle(optionalText(node, "title", ""))
                .setBody(body)
                .setPublishedAt(published.toInstant())
                .setPublishedOffsetSeconds(published.getOffset().getTotalSeconds())
                .setSource(optionalText(node, "source", null))
                .setUrl(optionalText(node, "url", null))
                .setLanguage(optionalText(node, "language", null))
                .setVersion(version(node))
                .setUpdatedAt(updated == null ? null : updated.toInstant())
                .build();
    }

    private static String requiredText(JsonNode node, String field) throws InvalidArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw new InvalidArticleException("missing '" + field + "'");
        }
        if (!v.isTextual() && !(field.equals("id") && v.isIntegralNumber())) {
            throw new InvalidArticleException("'" + field + "' must be a string");
        }
        String text = v.asText();
        if (text.isBlank()) {
            throw new InvalidArticleException("'" + field + "' is empty");
        }
        return text;
    }

    private static String optionalText(JsonNode node, String field, String fallback) throws InvalidArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return fallback;
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
        if (!v.canConvertToLong() || !v.isIntegralNumber()) {
            throw new InvalidArticleException("'version' must be an integer");
        }
        return v.asLong();
    }

    /** ISO-8601 with offset, an instant ending in Z, or epoch milliseconds. */
    private static OffsetDateTime timestamp(JsonNode node, String field, boolean required)
            throws InvalidArticleException {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw new InvalidArticleException("missing '" + field + "'");
            }
            return null;
        }
        if (v.isIntegralNumber()) {
            return Instant.ofEpochMilli(v.asLong()).atOffset(ZoneOffset.UTC);
        }
        String text = v.asText();
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("'" + field + "' is not an ISO-8601 date-time with offset: '"
                    + abbreviate(text) + "' (e.g. 2021-09-10T08:25:00-04:00)");
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
