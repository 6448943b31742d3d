package dev.mrt.tagging.taxonomy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers where it came from, so that every taxonomy error can name the
 * file, line and key that caused it (Jackson's tree model drops token locations).
 */
public sealed interface YamlNode {
    String file();

    int line();

    int column();

    default String where() {
        return file() + ":" + line() + ":" + column();
    }

    record Scalar(String value, String file, int line, int column) implements YamlNode {}

    record Seq(List<YamlNode> items, String file, int line, int column) implements YamlNode {}

    /** A mapping; {@code keyNodes} keep the location of each key for unknown-key errors. */
    record Mapping(
            LinkedHashMap<String, YamlNode> entries, Map<String, Scalar> keyNodes, String file, int line, int column)
            implements YamlNode {}
}
