package dev.mrt.tagging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How prominent each country and central bank is in an article, so that generic phrases
 * ("stocks", "the central bank", "the peso") resolve to the country the story is about.
 * Ties go to the country mentioned first.
 */
final class CountrySalience {
    private final Map<String, Integer> countryCounts;
    private final Map<String, Integer> firstSeen;
    private final Map<String, Integer> centralBankCounts;

    private CountrySalience(Map<String, Integer> countryCounts, Map<String, Integer> firstSeen,
                            Map<String, Integer> centralBankCounts) {
        this.countryCounts = countryCounts;
        this.firstSeen = firstSeen;
        this.centralBankCounts = centralBankCounts;
    }

    static CountrySalience of(List<List<Mention>> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> banks = new HashMap<>();
        int order = 0;
        for (List<Mention> sentence : mentions) {
            for (Mention m : sentence) {
                String c = countryOf(m);
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                    first.putIfAbsent(c, order++);
                }
                Concept.Institution inst = m.get(Concept.Institution.class);
                if (inst != null && inst.institution().isCentralBank() && inst.institution().country() != null) {
                    banks.merge(inst.institution().country(), 1, Integer::sum);
                }
                Concept.Person p = m.get(Concept.Person.class);
                if (p != null && p.person().isCentralBanker()) {
                    banks.merge(p.person().country(), 1, Integer::sum);
                }
            }
        }
        return new CountrySalience(counts, first, banks);
    }

    private static final long PLACES = Mention.bit(Concept.Country.class) | Mention.bit(Concept.Person.class)
            | Mention.bit(Concept.Institution.class);

    static String countryOf(Mention m) {
        if ((m.kinds() & PLACES) == 0) {
            return null;
        }
        for (Concept c : m.concepts()) {
            if (c instanceof Concept.Country k) {
                return k.code();
            }
            if (c instanceof Concept.Person p) {
                return p.person().country();
            }
            if (c instanceof Concept.Institution i && i.institution().country() != null) {
                return i.institution().country();
            }
        }
        return null;
    }

    /** The most mentioned country, or null when the article names none. */
    String dominant() {
        return best(countryCounts, List.of());
    }

    /** The most mentioned of these countries, or null. */
    String dominantAmong(List<String> candidates) {
        return best(countryCounts, candidates);
    }

    /** Country of the most mentioned central bank, or null. */
    String dominantCentralBank() {
        return best(centralBankCounts, List.of());
    }

    int count(String country) {
        return countryCounts.getOrDefault(country, 0);
    }

    private String best(Map<String, Integer> counts, List<String> among) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!among.isEmpty() && !among.contains(e.getKey())) {
                continue;
            }
            if (best == null || e.getValue() > counts.get(best)
                    || (e.getValue().equals(counts.get(best)) && order(e.getKey()) < order(best))) {
                best = e.getKey();
            }
        }
        return best;
    }

    private int order(String c) {
        return firstSeen.getOrDefault(c, Integer.MAX_VALUE);
    }
}
