package dev.mrt.tagging.taxonomy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses YAML into {@link YamlNode}s that carry token locations. */
final class YamlTreeReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlTreeReader() {}

    static YamlNode read(String fileName, Reader reader) {
        try (JsonParser p = FACTORY.createParser(reader)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YamlNode.Mapping(new LinkedHashMap<>(), Map.of(), fileName, 1, 1);
            }
            return readValue(fileName, p);
        } catch (IOException e) {
            throw new TaxonomyException(fileName + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private static YamlNode readValue(String file, JsonParser p) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = loc.getLineNr();
        int col = loc.getColumnNr();
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
                Map<String, YamlNode.Scalar> keys = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation kl = p.currentTokenLocation();
                    String name = p.currentName();
                    YamlNode.Scalar keyNode = new YamlNode.Scalar(name, file, kl.getLineNr(), kl.getColumnNr());
                    if (entries.containsKey(name)) {
                        throw TaxonomyException.at(keyNode, name, "duplicate key");
                    }
                    p.nextToken();
                    entries.put(name, readValue(file, p));
                    keys.put(name, keyNode);
                }
                return new YamlNode.Mapping(entries, keys, file, line, col);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(file, p));
                }
                return new YamlNode.Seq(items, file, line, col);
            }
            case VALUE_NULL -> {
                return new YamlNode.Scalar(null, file, line, col);
            }
            default -> {
                return new YamlNode.Scalar(p.getText(), file, line, col);
            }
        }
    }
}
