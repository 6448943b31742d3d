package dev.mrt.tagging.events;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Lexicon;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.LightStemmer;
import dev.mrt.tagging.text.Sentence;
import java.util.Set;

/**
 * Leaders named by title rather than by name: "India's prime minister", "the Turkish
 * president", "the leaders of India and Canada". Adds their countries to the leaders of a
 * sentence, so that their meeting is a summit and their call a leaders' call.
 */
final class TitledLeaders {
    private static final String PRIME = LightStemmer.stem("prime");
    private static final String MINISTER = LightStemmer.stem("minister");
    private static final String VICE = LightStemmer.stem("vice");

    private TitledLeaders() {}

    static void addTo(ArticleAnalysis a, Sentence s, Set<String> leaderCountries) {
        Lexicon lex = a.lexicon();
        for (int j = s.from(); j < s.to(); j++) {
            if (!lex.leaderTitles().contains(a.norm(j)) || a.mentionAt(s.index(), j) != null) {
                continue;
            }
            int end = j + 1;
            if (a.norm(j).equals(PRIME)) {
                if (!a.norm(j + 1).equals(MINISTER)) {
                    continue;
                }
                end++;
            }
            // "Vice President Harris" is no head of state or government.
            if (j > s.from() && a.norm(j - 1).equals(VICE)) {
                continue;
            }
            String before = countryBefore(a, s, j);
            if (before != null) {
                leaderCountries.add(before);
            }
            if (end < s.to() && a.norm(end).equals("of")) {
                countriesAfter(a, s, end + 1, leaderCountries);
            }
        }
    }

    /** "Indian Prime Minister", "India's prime minister". */
    private static String countryBefore(ArticleAnalysis a, Sentence s, int j) {
        int k = j - 1;
        if (k > s.from() && a.norm(k).equals("'s")) {
            k--;
        }
        Mention m = k >= s.from() ? a.mentionAt(s.index(), k) : null;
        Concept.Country c = m == null ? null : m.get(Concept.Country.class);
        return c == null ? null : c.code();
    }

    /** "of India and Canada": countries joined by "and" or commas; not "of Argentina's central bank". */
    private static void countriesAfter(ArticleAnalysis a, Sentence s, int from, Set<String> out) {
        int j = from;
        while (j < s.to()) {
            Mention m = a.mentionAt(s.index(), j);
            Concept.Country c = m == null ? null : m.get(Concept.Country.class);
            if (c == null || (m.to() < s.to() && a.norm(m.to()).equals("'s"))) {
                return;
            }
            out.add(c.code());
            j = m.to();
            if (j < s.to() && (a.norm(j).equals("and") || a.norm(j).equals(","))) {
                j++;
            } else {
                return;
            }
        }
    }
}
