package dev.mrt.tagging.taxonomy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.List;

/**
 * Finds where a key stands in a YAML text, by its path ({@code ["assets", 3, "colour"]}).
 * Jackson reports an unknown key of a record only after reading the whole mapping, so the
 * error's own location is the mapping's end; this reads the text again to point at the key.
 */
final class YamlKeyLocator {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlKeyLocator() {}

    /** The location of the key at the end of {@code path}, or null if the text has no such key. */
    static JsonLocation find(String yaml, List<Object> path) {
        try (JsonParser p = FACTORY.createParser(yaml)) {
            if (p.nextToken() == null) {
                return null;
            }
            return descend(p, path, 0);
        } catch (IOException e) {
            return null;
        }
    }

    /** With the parser on the start of a value, follows {@code path} from {@code depth}. */
    private static JsonLocation descend(JsonParser p, List<Object> path, int depth) throws IOException {
        Object step = path.get(depth);
        if (step instanceof String key && p.currentToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if (key.equals(p.currentName())) {
                    JsonLocation at = p.currentTokenLocation();
                    if (depth == path.size() - 1) {
                        return at;
                    }
                    p.nextToken();
                    return descend(p, path, depth + 1);
                }
                p.nextToken();
                p.skipChildren();
            }
        } else if (step instanceof Integer index && p.currentToken() == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (i++ == index) {
                    return depth == path.size() - 1 ? p.currentTokenLocation() : descend(p, path, depth + 1);
                }
                p.skipChildren();
            }
        }
        return null;
    }
}
