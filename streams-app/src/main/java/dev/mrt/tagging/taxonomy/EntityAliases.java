package dev.mrt.tagging.taxonomy;

import static dev.mrt.tagging.taxonomy.TaxonomyYaml.listOf;
import static dev.mrt.tagging.taxonomy.ValueChecks.phraseText;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An alias may stand for one entity only: "franc" and "France" both stem to "franc", so
 * listing both would make one phrase mean a currency and a country. Aliases are compared as
 * the phrase matcher sees them ({@link PhraseMatcher#key}).
 */
final class EntityAliases {
    private final Map<String, String> entityByPhrase = new HashMap<>();
    private final Map<String, Place> firstPlace = new HashMap<>();

    /** Aliases matched by stems, from several keys of one entry ({@code names}, {@code demonyms}). */
    void stemmed(String identity, List<List<Located<String>>> lists, List<String> keys) {
        for (int i = 0; i < lists.size(); i++) {
            for (Located<String> s : listOf(lists.get(i))) {
                add(identity, s, keys.get(i), false);
            }
        }
    }

    /** Aliases matched by their exact letters ({@code cased}). */
    void cased(String identity, List<Located<String>> cased) {
        for (Located<String> s : listOf(cased)) {
            add(identity, s, "cased", true);
        }
    }

    void add(String identity, Located<String> s, String key, boolean cased) {
        String phrase = phraseText(s, key);
        String matchKey = PhraseMatcher.key(phrase, cased ? PhraseMatcher.Match.CASED : PhraseMatcher.Match.STEMMED);
        String prev = entityByPhrase.putIfAbsent(matchKey, identity);
        if (prev != null && !prev.equals(identity)) {
            throw TaxonomyException.at(
                    s.place(),
                    key,
                    "alias '" + phrase + "' already means " + prev + " (" + firstPlace.get(matchKey) + ")");
        }
        firstPlace.putIfAbsent(matchKey, s.place());
    }
}
