package dev.mrt.tagging.notes;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.analysis.CountrySalience;
import dev.mrt.tagging.taxonomy.AssetClass;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.CurrencyDef;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.Sentence;
import dev.mrt.tagging.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns asset, currency and anaphor phrases of each sentence into resolved {@link AssetMention}s:
 * generic words ("stocks", "bonds", "the currency", "the peso") take the country of a modifier
 * ("Chinese stocks", "Mexico's peso") or of the article; tenors ("10-year") pick the member
 * code; "yield on the 10-year note" and "gilt yields" become yield-quoted mentions.
 * Keeps the last asset and currency across sentences for "it", "they", "the currency".
 */
final class AssetMentionResolver {
    private static final int MODIFIER_WINDOW = 8;
    private static final java.util.Set<String> LOCATION_PREPOSITIONS = java.util.Set.of("in", "across");
    private static final int SPREAD_LEG_GAP = 6;
    private static final java.util.Set<String> SPREAD_CONNECTIVES =
            java.util.Set.of("between", "of", "over", "and", "the", "'s", "on");

    private final Taxonomy taxonomy;
    private final ArticleAnalysis article;
    /** Per asset class, the token positions and families of specifically named assets, in text order. */
    private final java.util.Map<AssetClass, List<int[]>> namedAt = new java.util.HashMap<>();

    private final java.util.Map<AssetClass, List<String>> namedFamily = new java.util.HashMap<>();
    private boolean indexed;
    private String lastCurrency;
    private List<AssetMention> previousSentence = List.of();

    AssetMentionResolver(Taxonomy taxonomy, ArticleAnalysis article) {
        this.taxonomy = taxonomy;
        this.article = article;
    }

    /** Indexes the article's specifically named assets, once, when a generic phrase first needs them. */
    private void indexNamed() {
        indexed = true;
        for (List<Mention> sentence : article.mentions()) {
            for (Mention m : sentence) {
                Concept.Asset a = m.get(Concept.Asset.class);
                if (a != null && a.code() != null) {
                    namedAt.computeIfAbsent(a.assetClass(), k -> new ArrayList<>())
                            .add(new int[] {m.from()});
                    namedFamily
                            .computeIfAbsent(a.assetClass(), k -> new ArrayList<>())
                            .add(taxonomy.familyOf(a.code()));
                }
            }
        }
    }

    /**
     * A generic "yields" or "stocks" without a country means the market the article names
     * specifically: the last one of that class before it, else the first one after it.
     */
    private String explicitOfClass(AssetClass assetClass, int at) {
        if (!indexed) {
            indexNamed();
        }
        List<int[]> positions = namedAt.get(assetClass);
        if (positions == null) {
            return null;
        }
        int lo = 0;
        int hi = positions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (positions.get(mid)[0] < at) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        List<String> families = namedFamily.get(assetClass);
        return lo > 0 ? families.get(lo - 1) : families.get(0);
    }

    /** "stocks in Japan", "bonds across Europe": a country right after a generic market word. */
    private String locationAfter(Sentence s, int to) {
        if (to + 1 >= s.to() || !LOCATION_PREPOSITIONS.contains(article.norm(to))) {
            return null;
        }
        Mention m = article.mentionAt(s.index(), to + 1);
        return m != null && m.from() == to + 1 && m.has(Concept.Country.class)
                ? m.get(Concept.Country.class).code()
                : null;
    }

    /** "against the dollar", "per dollar", or a price in it ("fell to 140.35 yen"). */
    private boolean afterCounterCue(Sentence s, int from) {
        if (from > s.from() && article.tokens().get(from - 1).kind() == Token.Kind.NUMBER) {
            return true;
        }
        for (int j = from - 1; j >= Math.max(s.from(), from - 3); j--) {
            Mention m = article.mentionAt(s.index(), j);
            if (m != null && m.has(Concept.CounterCurrency.class)) {
                return true;
            }
            if (m != null) {
                return false;
            }
        }
        return false;
    }

    List<AssetMention> resolve(Sentence s) {
        List<Mention> ms = article.mentions().get(s.index());
        List<AssetMention> out = new ArrayList<>();
        for (Mention m : ms) {
            Concept.Asset a = m.get(Concept.Asset.class);
            Concept.Currency c = m.get(Concept.Currency.class);
            Concept.Anaphor an = m.get(Concept.Anaphor.class);
            if (a != null) {
                asset(s, m, a, out);
            } else if (c != null) {
                String code = currency(s, m, c);
                if (code != null) {
                    boolean counter = afterCounterCue(s, m.from());
                    if (!counter) {
                        lastCurrency = code;
                    }
                    out.add(new AssetMention(m.from(), m.to(), null, code, false, c.code() != null, counter));
                }
            } else if (an != null && atSentenceStart(s, m)) {
                AssetMention ref = antecedent(an.assetClass());
                if (ref != null) {
                    out.add(ref.span(m.from(), m.to()));
                }
            }
        }
        if (!out.isEmpty()) {
            previousSentence = out;
        }
        return out;
    }

    private void asset(Sentence s, Mention m, Concept.Asset a, List<AssetMention> out) {
        String tenor = a.tenor() != null ? a.tenor() : tenorBefore(s, m.from());
        AssetMention prev = out.isEmpty() ? null : out.get(out.size() - 1);
        boolean bond = a.assetClass() == AssetClass.BOND_YIELD;
        // "Treasury yields", "gilt yields": a bond named by price, then the generic word "yields".
        if (a.code() == null
                && bond
                && !a.priceQuoted()
                && prev != null
                && prev.to() == m.from()
                && prev.code() != null
                && taxonomy.assetClassOf(prev.code()) == AssetClass.BOND_YIELD) {
            out.set(
                    out.size() - 1,
                    new AssetMention(prev.from(), m.to(), prev.code(), null, false, prev.explicit(), false));
            return;
        }
        if (bond && spreadLegs(s, prev, m)) {
            out.set(
                    out.size() - 1,
                    new AssetMention(prev.from(), m.to(), prev.code(), null, false, prev.explicit(), false));
            return;
        }
        String code;
        boolean explicit = a.code() != null;
        if (explicit) {
            code = taxonomy.withTenor(a.code(), tenor);
        } else {
            if (a.requiresTenor() && tenor == null) {
                return;
            }
            String possessor = possessiveAsset(s, m, out);
            if (possessor != null) {
                out.set(
                        out.size() - 1,
                        new AssetMention(
                                out.get(out.size() - 1).from(),
                                m.to(),
                                possessor,
                                null,
                                out.get(out.size() - 1).priceQuoted(),
                                true,
                                false));
                return;
            }
            String country = a.assetClass() == AssetClass.SPREAD ? spreadCountry(s, m) : modifierCountry(s, m.from());
            if (country == null) {
                country = locationAfter(s, m.to());
            }
            if (country == null) {
                country = marketOfSentence(s, m);
            }
            code = country == null ? explicitOfClass(a.assetClass(), m.from()) : null;
            if (code == null) {
                code = taxonomy.genericAsset(
                                a.assetClass(),
                                country != null ? country : article.salience().dominant())
                        .orElse(null);
            }
            if (code == null) {
                return;
            }
            code = taxonomy.withTenor(code, tenor);
        }
        // "the yield on the benchmark 10-year Treasury note": the yield of the bond named after it.
        if (bond
                && prev != null
                && prev.code() != null
                && !prev.priceQuoted()
                && !prev.explicit()
                && taxonomy.assetClassOf(prev.code()) == AssetClass.BOND_YIELD
                && m.from() - prev.to() <= 6
                && m.from() > prev.to()
                && (article.norm(prev.to()).equals("on")
                        || article.norm(prev.to()).equals("of"))) {
            out.set(out.size() - 1, new AssetMention(prev.from(), m.to(), code, null, false, explicit, false));
            return;
        }
        out.add(new AssetMention(m.from(), m.to(), code, null, a.priceQuoted(), explicit, false));
    }

    /**
     * "the spread between French and German 10-year bond yields": bonds named right after a
     * spread, with nothing but tenors and connectives between, are the spread's legs, not a
     * second subject of its move.
     */
    private boolean spreadLegs(Sentence s, AssetMention prev, Mention m) {
        if (prev == null
                || prev.code() == null
                || taxonomy.assetClassOf(prev.code()) != AssetClass.SPREAD
                || m.from() < prev.to()
                || m.from() - prev.to() > SPREAD_LEG_GAP) {
            return false;
        }
        for (int j = prev.to(); j < m.from(); j++) {
            Mention between = article.mentionAt(s.index(), j);
            boolean tenorOrPlace =
                    between != null && (between.has(Concept.Tenor.class) || between.has(Concept.Country.class));
            if (!tenorOrPlace && !SPREAD_CONNECTIVES.contains(article.norm(j))) {
                return false;
            }
        }
        return true;
    }

    private String currency(Sentence s, Mention m, Concept.Currency c) {
        if (c.code() != null) {
            return c.code();
        }
        String country = modifierCountry(s, m.from());
        if (country != null) {
            String cur = taxonomy.currencyOfCountry(country).orElse(null);
            if (cur != null && (c.candidates().isEmpty() || c.candidates().contains(cur))) {
                return cur;
            }
        }
        if (c.candidates().isEmpty()) {
            return lastCurrency;
        }
        List<String> countries = new ArrayList<>();
        for (String cand : c.candidates()) {
            taxonomy.currency(cand).ifPresent(d -> countries.add(d.country()));
        }
        // "Indian shares slipped and the rupee weakened": the sentence's own country first.
        for (Mention other : article.mentions().get(s.index())) {
            String here = CountrySalience.countryOf(other);
            if (here == null
                    && other.has(Concept.Asset.class)
                    && other.get(Concept.Asset.class).code() != null) {
                List<String> cs =
                        taxonomy.countriesOf(other.get(Concept.Asset.class).code());
                here = cs.size() == 1 ? cs.get(0) : null;
            }
            if (here != null && countries.contains(here)) {
                return taxonomy.currencyOfCountry(here).orElse(null);
            }
        }
        String best = article.salience().dominantAmong(countries);
        if (best != null) {
            return taxonomy.currencyOfCountry(best).orElse(c.candidates().get(0));
        }
        // "Peso rallies" over a story about Brazil: a name no country of the story uses is no currency
        // of a story about another emerging market, whose own currency it would be read as. Elsewhere
        // a name several currencies share means the first of them ("the rupee" in a story about US
        // tariffs); a name of one currency only that is also a word ("real") needs its country.
        String dominant = article.salience().dominant();
        boolean otherMarket = dominant != null && taxonomy.isEmergingMarket(dominant);
        return dominant == null || (c.candidates().size() > 1 && !otherMarket)
                ? c.candidates().get(0)
                : null;
    }

    /**
     * "the Italian/German yield spread", "the spread between French and German bonds": a spread
     * is named by the country whose bonds are measured against the benchmark, which may stand
     * before or after the word; the first country near it that has a spread of its own.
     */
    private String spreadCountry(Sentence s, Mention m) {
        int from = Math.max(s.from(), m.from() - MODIFIER_WINDOW);
        int to = Math.min(s.to(), m.to() + SPREAD_LEG_GAP);
        for (int j = from; j < to; j++) {
            Mention c = article.mentionAt(s.index(), j);
            if (c != null && c.has(Concept.Country.class)) {
                String code = c.get(Concept.Country.class).code();
                if (taxonomy.hasGenericAsset(AssetClass.SPREAD, code)) {
                    return code;
                }
                j = c.to() - 1;
            }
        }
        return null;
    }

    /**
     * "Taiwan dollar falls, stocks tumble": a generic market word in a sentence that names one
     * country's currency or market is that country's market. The dollar names no country here
     * (every story quotes against it); two different countries name none.
     */
    private String marketOfSentence(Sentence s, Mention generic) {
        String found = null;
        for (Mention m : article.mentions().get(s.index())) {
            if (m == generic) {
                continue;
            }
            String c = null;
            Concept.Currency cur = m.get(Concept.Currency.class);
            Concept.Asset asset = m.get(Concept.Asset.class);
            if (cur != null
                    && cur.code() != null
                    && !cur.code().equals(taxonomy.roles().dollar())) {
                c = taxonomy.currency(cur.code()).map(CurrencyDef::country).orElse(null);
            } else if (asset != null && asset.code() != null) {
                List<String> cs = taxonomy.countriesOf(asset.code());
                c = cs.size() == 1 ? cs.get(0) : null;
            }
            if (c == null) {
                continue;
            }
            if (found != null && !found.equals(c)) {
                return null;
            }
            found = c;
        }
        return found;
    }

    /** The subject of the previous sentence: its first asset that is not a counter-currency. */
    private AssetMention antecedent(AssetClass assetClass) {
        for (AssetMention a : previousSentence) {
            if (a.counter()) {
                continue;
            }
            AssetClass cls = a.isCurrency() ? AssetClass.FX : taxonomy.assetClassOf(a.code());
            if (assetClass == null || assetClass == cls) {
                return a;
            }
        }
        return null;
    }

    private boolean atSentenceStart(Sentence s, Mention m) {
        for (int i = s.from(); i < m.from(); i++) {
            String n = article.norm(i);
            if (!taxonomy.lexicon().contrast().contains(n)
                    && !taxonomy.lexicon().coordinators().contains(n)) {
                return false;
            }
        }
        return true;
    }

    private String tenorBefore(Sentence s, int from) {
        for (int j = from - 1; j >= Math.max(s.from(), from - 4); j--) {
            Mention t = article.mentionAt(s.index(), j);
            if (t != null && t.has(Concept.Tenor.class)) {
                return t.get(Concept.Tenor.class).tenor();
            }
            if (t != null && (t.has(Concept.Asset.class) || t.has(Concept.DirectionWord.class))) {
                return null;
            }
        }
        return null;
    }

    /** "Wall Street's main indexes": a generic phrase owned by the asset just before it. */
    private String possessiveAsset(Sentence s, Mention m, List<AssetMention> out) {
        if (out.isEmpty()) {
            return null;
        }
        AssetMention prev = out.get(out.size() - 1);
        if (prev.code() == null || !article.norm(prev.to()).equals("'s")) {
            return null;
        }
        for (int j = prev.to() + 1; j < m.from(); j++) {
            if (article.tokens().get(j).isPunct()) {
                return null;
            }
        }
        return m.from() - prev.to() <= 4 ? prev.code() : null;
    }

    String modifierCountry(Sentence s, int from) {
        for (int j = from - 1; j >= Math.max(s.from(), from - MODIFIER_WINDOW); j--) {
            Token t = article.tokens().get(j);
            if (t.isPunct() && !t.norm().equals("'s")) {
                return null;
            }
            Mention m = article.mentionAt(s.index(), j);
            if (m == null) {
                continue;
            }
            if (m.has(Concept.Asset.class)
                    || m.has(Concept.Currency.class)
                    || m.has(Concept.DirectionWord.class)
                    || m.has(Concept.Trigger.class)
                    || m.has(Concept.SpeechVerb.class)) {
                return null;
            }
            String c = CountrySalience.countryOf(m);
            if (c != null) {
                return c;
            }
            j = m.from();
        }
        return null;
    }
}
