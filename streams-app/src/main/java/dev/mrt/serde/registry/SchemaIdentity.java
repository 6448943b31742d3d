package dev.mrt.serde.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;

/**
 * Decides when two schema texts are "the same schema", the way the registry does.
 *
 * <p>Plain form: the text Avro prints for the parsed schema, so whitespace and {@code {"type":"string"}}
 * versus {@code "string"} do not matter. Normalized form ({@code normalize=true}): additionally the
 * order of JSON attributes does not matter; arrays (fields, symbols, union branches) keep their
 * order because it is meaningful in Avro.
 */
public final class SchemaIdentity {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaIdentity() {}

    /** Parses schema text; a new parser each time because a parser remembers the names it has seen. */
    public static Schema parse(String text) {
        try {
            return new Schema.Parser().parse(text);
        } catch (RuntimeException e) {
            // SchemaParseException, AvroTypeException for bad defaults, NullPointerException for null text.
            throw new IllegalArgumentException("Invalid Avro schema: " + e.getMessage(), e);
        }
    }

    public static String canonical(Schema schema, boolean normalize) {
        String text = schema.toString();
        return normalize ? sortedAttributes(text) : text;
    }

    private static String sortedAttributes(String text) {
        try {
            return JSON.writeValueAsString(sort(JSON.readTree(text)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Avro printed a schema Jackson cannot read: " + e.getMessage(), e);
        }
    }

    private static JsonNode sort(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(object.properties());
            entries.sort(Map.Entry.comparingByKey());
            ObjectNode sorted = JSON.createObjectNode();
            for (Map.Entry<String, JsonNode> e : entries) {
                sorted.set(e.getKey(), sort(e.getValue()));
            }
            return sorted;
        }
        if (node instanceof ArrayNode array) {
            ArrayNode copy = JSON.createArrayNode();
            array.forEach(element -> copy.add(sort(element)));
            return copy;
        }
        return node;
    }
}
