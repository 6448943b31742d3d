package dev.mrt.tagging.taxonomy;

import dev.mrt.tagging.text.Vocabulary;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the tagger knows, loaded from {@code config/taxonomy/*.yaml}: codes, vocabulary
 * and the compiled phrase matcher. Immutable and thread-safe.
 */
public final class Taxonomy {
    /** {@code default_for} may name this instead of a country: the emerging markets at large. */
    public static final String EMERGING_MARKETS = "EM";

    /** Who speaks, for the event type a reported statement makes ({@code speech_events}). */
    public enum Speaker {
        GOVERNMENT,
        CENTRAL_BANK
    }

    /** Who meets, for the event type of a meeting ({@code meetings}). */
    public enum Meeting {
        LEADERS,
        OFFICIALS
    }

    private final String version;
    private final Map<String, AssetDef> assets;
    private final Map<String, CurrencyDef> currencies;
    /** "EUR/USD" and "USD/EUR" -> the pair asset quoting them (the first declared wins). */
    private final Map<String, AssetDef> pairs = new java.util.HashMap<>();

    private final Map<String, String> currencyOfCountry;
    private final Set<String> countries;
    private final Set<String> emCountries;
    private final Set<String> eventTypes;
    private final Map<String, String> genericDefaults;
    private final Map<String, String> genericFallback;
    private final Map<Speaker, String> speechEventTypes;
    private final Map<Meeting, String> meetingTypes;
    private final List<TagRule> tagRules;
    private final CodeRoles roles;
    private final Lexicon lexicon;
    private final PhraseMatcher matcher;
    private final Vocabulary vocabulary;
    private final Stats stats;

    /** Sizes of the vocabulary, for reports. */
    public record Stats(
            int people,
            int institutions,
            int countries,
            int assets,
            int currencies,
            int aliases,
            int triggers,
            int phrases) {}

    Taxonomy(
            String version,
            Map<String, AssetDef> assets,
            Map<String, CurrencyDef> currencies,
            Map<String, String> currencyOfCountry,
            Set<String> countries,
            Set<String> emCountries,
            Set<String> eventTypes,
            Map<String, String> genericDefaults,
            Map<String, String> genericFallback,
            Map<Speaker, String> speechEventTypes,
            Map<Meeting, String> meetingTypes,
            List<TagRule> tagRules,
            CodeRoles roles,
            Lexicon lexicon,
            PhraseMatcher matcher,
            Vocabulary vocabulary,
            Stats stats) {
        this.version = version;
        this.assets = Collections.unmodifiableMap(assets);
        for (AssetDef d : assets.values()) {
            if (d.base() != null) {
                pairs.putIfAbsent(d.base() + "/" + d.quote(), d);
                pairs.putIfAbsent(d.quote() + "/" + d.base(), d);
            }
        }
        this.currencies = Collections.unmodifiableMap(currencies);
        this.currencyOfCountry = Collections.unmodifiableMap(currencyOfCountry);
        this.countries = Collections.unmodifiableSet(countries);
        this.emCountries = Collections.unmodifiableSet(emCountries);
        this.eventTypes = Collections.unmodifiableSet(eventTypes);
        this.genericDefaults = Collections.unmodifiableMap(genericDefaults);
        this.genericFallback = Collections.unmodifiableMap(genericFallback);
        this.speechEventTypes = Collections.unmodifiableMap(speechEventTypes);
        this.meetingTypes = Collections.unmodifiableMap(meetingTypes);
        this.tagRules = List.copyOf(tagRules);
        this.roles = roles;
        this.lexicon = lexicon;
        this.matcher = matcher;
        this.vocabulary = vocabulary;
        this.stats = stats;
    }

    public String version() {
        return version;
    }

    public Stats stats() {
        return stats;
    }

    public Optional<AssetDef> asset(String code) {
        return Optional.ofNullable(assets.get(code));
    }

    public Set<String> assetCodes() {
        return assets.keySet();
    }

    /** The family of an asset code ({@code UST_10Y} -> {@code UST_YIELDS}); unknown codes are their own family. */
    public String familyOf(String code) {
        AssetDef a = assets.get(code);
        return a == null ? code : a.family();
    }

    /** Countries an asset belongs to; empty for unknown or global assets. */
    public List<String> countriesOf(String code) {
        AssetDef a = assets.get(code);
        return a == null ? List.of() : a.countries();
    }

    /** The class of an asset code, or null for a code the taxonomy does not have. */
    public AssetClass assetClassOf(String code) {
        AssetDef a = assets.get(code);
        return a == null ? null : a.assetClass();
    }

    public boolean isCountry(String code) {
        return countries.contains(code);
    }

    public boolean isEmergingMarket(String country) {
        return emCountries.contains(country);
    }

    public Set<String> eventTypes() {
        return eventTypes;
    }

    public Optional<CurrencyDef> currency(String code) {
        return Optional.ofNullable(currencies.get(code));
    }

    public Optional<String> currencyOfCountry(String country) {
        return Optional.ofNullable(currencyOfCountry.get(country));
    }

    /** The FX asset quoting these two currencies, either way round, if the taxonomy has one. */
    public Optional<AssetDef> pair(String a, String b) {
        return Optional.ofNullable(pairs.get(a + "/" + b));
    }

    /** The asset that a generic mention of this class ("stocks", "bonds") means for a country. */
    public Optional<String> genericAsset(AssetClass assetClass, String country) {
        if (country != null) {
            String code = genericDefaults.get(assetClass.code() + "/" + country);
            if (code != null) {
                return Optional.of(code);
            }
            if (emCountries.contains(country)) {
                String em = genericDefaults.get(assetClass.code() + "/" + EMERGING_MARKETS);
                if (em != null) {
                    return Optional.of(em);
                }
            }
        }
        return Optional.ofNullable(genericFallback.get(assetClass.code()));
    }

    /** Whether a generic mention of this class has an asset of its own for the country. */
    public boolean hasGenericAsset(AssetClass assetClass, String country) {
        return genericDefaults.containsKey(assetClass.code() + "/" + country);
    }

    /** The member of a family with this tenor ({@code UST_YIELDS}, 10Y -> {@code UST_10Y}), else the family. */
    public String withTenor(String code, String tenor) {
        if (tenor == null) {
            return code;
        }
        String family = familyOf(code);
        for (AssetDef d : assets.values()) {
            if (d.family().equals(family) && tenor.equals(d.tenor())) {
                return d.code();
            }
        }
        return code;
    }

    /** Event type of a reported statement by a speaker of this kind; empty without {@code speech_events}. */
    public Optional<String> speechEventType(Speaker speaker) {
        return Optional.ofNullable(speechEventTypes.get(speaker));
    }

    /** Event type of a meeting among these participants. */
    public String meetingType(Meeting participants) {
        return meetingTypes.get(participants);
    }

    /** The codes the tagger's code relies on, by role. */
    public CodeRoles roles() {
        return roles;
    }

    public List<TagRule> tagRules() {
        return tagRules;
    }

    public Lexicon lexicon() {
        return lexicon;
    }

    public PhraseMatcher matcher() {
        return matcher;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }
}
