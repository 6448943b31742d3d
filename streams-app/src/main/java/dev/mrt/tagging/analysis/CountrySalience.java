package dev.mrt.tagging.analysis;

import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.CurrencyDef;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Taxonomy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How prominent each country and central bank is in an article, so that generic phrases
 * ("stocks", "the central bank", "the peso") resolve to the country the story is about.
 * Ties go to the country mentioned first. Countries named through their markets ("Brazil's
 * real", "the lira", "the Kospi") count only where the article names no country otherwise:
 * the market a story is about tells where it happens, but the dollar every story quotes against
 * must not outweigh the countries it names.
 */
public final class CountrySalience {
    private final Map<String, Integer> countryCounts;
    private final Map<String, Integer> firstSeen;
    private final Map<String, Integer> centralBankCounts;
    private final Map<String, Integer> marketCounts;

    private CountrySalience(
            Map<String, Integer> countryCounts,
            Map<String, Integer> firstSeen,
            Map<String, Integer> centralBankCounts,
            Map<String, Integer> marketCounts) {
        this.countryCounts = countryCounts;
        this.firstSeen = firstSeen;
        this.centralBankCounts = centralBankCounts;
        this.marketCounts = marketCounts;
    }

    public static CountrySalience of(List<List<Mention>> mentions, Taxonomy taxonomy) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> first = new HashMap<>();
        Map<String, Integer> banks = new HashMap<>();
        Map<String, Integer> markets = new HashMap<>();
        int order = 0;
        for (List<Mention> sentence : mentions) {
            Mention previous = null;
            for (Mention m : sentence) {
                String c = countryOf(m);
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                    first.putIfAbsent(c, order++);
                }
                String market = marketCountry(m, previous, taxonomy);
                if (market != null) {
                    markets.merge(market, 1, Integer::sum);
                    first.putIfAbsent(market, order++);
                }
                previous = m;
                Concept.Institution inst = m.get(Concept.Institution.class);
                if (inst != null
                        && inst.institution().isCentralBank()
                        && inst.institution().country() != null) {
                    banks.merge(inst.institution().country(), 1, Integer::sum);
                }
                Concept.Person p = m.get(Concept.Person.class);
                if (p != null && p.person().isCentralBanker()) {
                    banks.merge(p.person().country(), 1, Integer::sum);
                }
            }
        }
        return new CountrySalience(counts, first, banks, markets);
    }

    /** The one country of a named currency or asset, unless it is the counter-currency ("against the dollar"). */
    private static String marketCountry(Mention m, Mention previous, Taxonomy taxonomy) {
        if (previous != null && previous.to() == m.from() && previous.has(Concept.CounterCurrency.class)) {
            return null;
        }
        Concept.Currency cur = m.get(Concept.Currency.class);
        if (cur != null && cur.code() != null) {
            return taxonomy.currency(cur.code()).map(CurrencyDef::country).orElse(null);
        }
        Concept.Asset asset = m.get(Concept.Asset.class);
        if (asset != null && asset.code() != null) {
            List<String> cs = taxonomy.countriesOf(asset.code());
            return cs.size() == 1 ? cs.get(0) : null;
        }
        return null;
    }

    private static final long PLACES = Mention.bit(Concept.Country.class)
            | Mention.bit(Concept.Person.class)
            | Mention.bit(Concept.Institution.class);

    public static String countryOf(Mention m) {
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

    /** The most mentioned country, else the country of the most mentioned market, or null. */
    public String dominant() {
        String named = best(countryCounts, List.of());
        return named != null ? named : best(marketCounts, List.of());
    }

    /** The most mentioned of these countries (by name, else by market), or null. */
    public String dominantAmong(List<String> candidates) {
        String named = best(countryCounts, candidates);
        return named != null ? named : best(marketCounts, candidates);
    }

    /** Country of the most mentioned central bank, or null. */
    public String dominantCentralBank() {
        return best(centralBankCounts, List.of());
    }

    public int count(String country) {
        return countryCounts.getOrDefault(country, 0);
    }

    private String best(Map<String, Integer> counts, List<String> among) {
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (!among.isEmpty() && !among.contains(e.getKey())) {
                continue;
            }
            if (best == null
                    || e.getValue() > counts.get(best)
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
