package dev.mrt.tagging.taxonomy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Typed, validating access to one YAML mapping: unknown keys, missing keys and wrong shapes
 * fail with the file, line and key.
 */
final class YamlFields {
    private final YamlNode.Mapping map;
    private final String context;

    private YamlFields(YamlNode.Mapping map, String context) {
        this.map = map;
        this.context = context;
    }

    static YamlFields of(YamlNode node, String context, String... allowedKeys) {
        if (!(node instanceof YamlNode.Mapping m)) {
            throw TaxonomyException.at(node, context, "expected a mapping");
        }
        Set<String> allowed = Set.of(allowedKeys);
        for (Map.Entry<String, YamlNode.Scalar> e : m.keyNodes().entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw TaxonomyException.at(
                        e.getValue(),
                        e.getKey(),
                        "unknown key in " + context + " (allowed: " + String.join(", ", allowedKeys) + ")");
            }
        }
        return new YamlFields(m, context);
    }

    boolean has(String key) {
        YamlNode n = map.entries().get(key);
        return n != null && !(n instanceof YamlNode.Scalar s && s.value() == null);
    }

    YamlNode raw(String key) {
        YamlNode n = map.entries().get(key);
        if (n == null) {
            throw TaxonomyException.at(map, key, "missing required key in " + context);
        }
        return n;
    }

    YamlNode.Scalar scalar(String key) {
        YamlNode n = raw(key);
        if (!(n instanceof YamlNode.Scalar s) || s.value() == null) {
            throw TaxonomyException.at(n, key, "expected a value");
        }
        return s;
    }

    String string(String key) {
        String v = scalar(key).value();
        if (v.isBlank()) {
            throw TaxonomyException.at(raw(key), key, "must not be blank");
        }
        return v;
    }

    String string(String key, String fallback) {
        return has(key) ? string(key) : fallback;
    }

    String code(String key, Predicate<String> valid, String expected) {
        String v = string(key);
        if (!valid.test(v)) {
            throw TaxonomyException.at(raw(key), key, "bad code '" + v + "' (expected " + expected + ")");
        }
        return v;
    }

    boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String v = string(key);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw TaxonomyException.at(raw(key), key, "expected true or false, got '" + v + "'");
        };
    }

    double number(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        try {
            return Double.parseDouble(string(key));
        } catch (NumberFormatException e) {
            throw TaxonomyException.at(raw(key), key, "expected a number");
        }
    }

    /** A list of scalars; a single scalar counts as a list of one. */
    List<YamlNode.Scalar> scalars(String key) {
        if (!has(key)) {
            return List.of();
        }
        YamlNode n = raw(key);
        if (n instanceof YamlNode.Scalar s) {
            return List.of(s);
        }
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : ((YamlNode.Seq) n).items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.value() == null) {
                throw TaxonomyException.at(item, key, "expected a list of values");
            }
            out.add(s);
        }
        return out;
    }

    List<String> strings(String key) {
        return scalars(key).stream().map(YamlNode.Scalar::value).toList();
    }

    List<YamlNode> list(String key) {
        if (!has(key)) {
            return List.of();
        }
        YamlNode n = raw(key);
        if (!(n instanceof YamlNode.Seq s)) {
            throw TaxonomyException.at(n, key, "expected a list");
        }
        return s.items();
    }

    LinkedHashMap<String, YamlNode> mapping(String key) {
        if (!has(key)) {
            return new LinkedHashMap<>();
        }
        YamlNode n = raw(key);
        if (!(n instanceof YamlNode.Mapping m)) {
            throw TaxonomyException.at(n, key, "expected a mapping");
        }
        return m.entries();
    }

    YamlNode.Scalar keyNode(String key) {
        return map.keyNodes().get(key);
    }
}
