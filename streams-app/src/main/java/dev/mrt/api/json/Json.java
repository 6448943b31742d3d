package dev.mrt.api.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/**
 * The one Jackson configuration the records' JSON is written with: by the API, the live feed,
 * {@code local}'s output and {@code tag}. Jackson's defaults, on purpose: fields in the order the
 * renderings put them, a field with no value written as {@code null} rather than left out (the
 * contract shows {@code "attribution": null}), numbers as Jackson writes a double.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {}

    /** The mapper, for the HTTP server's own JSON (errors, the API index, pages). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** One line of JSON text. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            // A tree built from records always serializes; this would be a bug in a rendering.
            throw new UncheckedIOException(e);
        }
    }
}
