package dev.mrt.tagging.taxonomy;

import static dev.mrt.tagging.taxonomy.TaxonomyYaml.listOf;

import dev.mrt.tagging.text.Tokenizer;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Checks of single bound values, each failing with the value's place and key: present,
 * non-blank, a phrase with words, a code of the right form, one of a closed set (asset
 * classes, directions, magnitudes, modalities).
 */
final class ValueChecks {
    private ValueChecks() {}

    static boolean present(Located<?> v) {
        return v != null && v.value() != null;
    }

    /** A required, non-blank value; a missing key is reported at the mapping that lacks it. */
    static String required(Located<String> v, Place mapping, String key, String context) {
        if (v == null) {
            throw TaxonomyException.at(mapping, key, "missing required key in " + context);
        }
        return nonBlank(v, key);
    }

    static String nonBlank(Located<String> v, String key) {
        if (v.value() == null) {
            throw TaxonomyException.at(v.place(), key, "expected a value");
        }
        if (v.value().isBlank()) {
            throw TaxonomyException.at(v.place(), key, "must not be blank");
        }
        return v.value();
    }

    static String code(
            Located<?> entry, Located<String> v, String key, String context, Predicate<String> valid, String expected) {
        String code = required(v, entry.place(), key, context);
        if (!valid.test(code)) {
            throw TaxonomyException.at(v.place(), key, "bad code '" + code + "' (expected " + expected + ")");
        }
        return code;
    }

    /** A phrase that has words; its text. */
    static String phraseText(Located<String> s, String key) {
        if (s == null || s.value() == null || s.value().isBlank()) {
            throw TaxonomyException.at(s == null ? null : s.place(), key, "empty phrase");
        }
        if (Tokenizer.tokenize(s.value()).isEmpty()) {
            throw TaxonomyException.at(s.place(), key, "phrase '" + s.value() + "' has no words");
        }
        return s.value();
    }

    /** Phrases of a group ({@code small: [...]}); a single phrase counts as a list of one. */
    static List<Located<String>> phrases(Located<List<Located<String>>> group, String key) {
        if (group == null || group.value() == null) {
            throw TaxonomyException.at(group == null ? null : group.place(), key, "expected a list of phrases");
        }
        for (Located<String> s : group.value()) {
            phraseText(s, key);
        }
        return group.value();
    }

    static void phrases(List<Located<String>> list, String key) {
        for (Located<String> s : listOf(list)) {
            phraseText(s, key);
        }
    }

    /** Every item of a list of entries is a mapping ({@code - } alone binds to nothing). */
    static void mappings(List<? extends Located<?>> entries, String key) {
        for (Located<?> e : listOf(entries)) {
            if (e == null || e.value() == null) {
                throw TaxonomyException.at(e == null ? null : e.place(), key, "expected a mapping");
            }
        }
    }

    static AssetClass assetClass(Place place, String key, String cls) {
        return AssetClass.fromCode(cls)
                .orElseThrow(() -> TaxonomyException.at(
                        place,
                        key,
                        "unknown asset class '" + cls + "' (expected one of "
                                + Arrays.stream(AssetClass.values())
                                        .map(AssetClass::code)
                                        .sorted()
                                        .toList()
                                + ")"));
    }

    static void institutionKind(Place place, String kind) {
        if (InstitutionKind.fromCode(kind).isEmpty()) {
            throw TaxonomyException.at(
                    place,
                    "kind",
                    "unknown institution kind '" + kind + "' (expected one of "
                            + Arrays.stream(InstitutionKind.values())
                                    .map(InstitutionKind::code)
                                    .sorted()
                                    .toList()
                            + ")");
        }
    }

    static void direction(Place place, String key, String v) {
        try {
            Direction.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(place, key, "unknown direction '" + v + "' (expected up, down, flat, mixed)");
        }
    }

    static void magnitude(Place place, String key, String v) {
        try {
            Magnitude.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(place, key, "unknown magnitude '" + v + "'");
        }
    }

    static void modality(Place place, String v) {
        try {
            Modality.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(place, "modality", "unknown modality '" + v + "'");
        }
    }

    static void oneOf(Place place, String key, Set<String> allowed, String problem) {
        if (!allowed.contains(key)) {
            throw TaxonomyException.at(place, key, problem);
        }
    }
}
