package dev.mrt.tagging.taxonomy;

import static dev.mrt.tagging.taxonomy.TaxonomyYaml.listOf;
import static dev.mrt.tagging.taxonomy.TaxonomyYaml.mapOf;

import dev.mrt.tagging.taxonomy.TaxonomyYaml.AmbiguousCurrencyNameEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.AnaphorEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.AssetEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.CodeRolesEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.CountryEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.CurrencyEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.DatesEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.DirectionEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.EventTypeEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.FileEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.GenericAssetEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.IndexEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.InstitutionEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.MeetingsEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.PersonEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.SpeechEventsEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.TagRuleEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.TriggerEntry;
import dev.mrt.tagging.text.LightStemmer;
import dev.mrt.tagging.text.Tokenizer;
import dev.mrt.tagging.text.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds the {@link Taxonomy} from files that {@link TaxonomyValidator} accepted: the code
 * tables, the people and institutions, and every phrase compiled into the {@link PhraseMatcher}
 * with what it means. Phrases are added in file order, section by section (the order decides
 * which meaning of a phrase an extractor sees first).
 */
final class TaxonomyCompiler {
    /** Words the extractors compare tokens with by name (as stems: "vice" is "vic"); they must keep their own norm. */
    private static final Set<String> CODE_WORDS = Set.of(
                    "on",
                    "of",
                    "'s",
                    "the",
                    "its",
                    "their",
                    ",",
                    ".",
                    "$",
                    "next",
                    "last",
                    "in",
                    "across",
                    "\"",
                    ")",
                    "'",
                    "]",
                    "between",
                    "over",
                    "and",
                    "to",
                    "vice",
                    "prime",
                    "minister",
                    "a",
                    "an",
                    "part",
                    "some",
                    "most",
                    "much",
                    "all",
                    "that",
                    ":",
                    "week",
                    "day",
                    "session",
                    "previous",
                    "prior",
                    "earlier",
                    "early")
            .stream()
            .map(LightStemmer::stem)
            .collect(Collectors.toUnmodifiableSet());

    private final PhraseMatcher matcher = new PhraseMatcher();
    private final Map<String, AssetDef> assets = new LinkedHashMap<>();
    private final Map<String, CurrencyDef> currencies = new LinkedHashMap<>();
    /** Currencies in the order market convention makes them the base of a pair (EUR before USD). */
    private final List<String> pairConvention = new ArrayList<>();

    private final Map<String, String> currencyOfCountry = new HashMap<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> emCountries = new HashSet<>();
    private final Set<String> eventTypes = new LinkedHashSet<>();
    private final Map<String, String> genericDefaults = new HashMap<>();
    private final Map<String, String> genericFallback = new HashMap<>();
    private final Map<Taxonomy.Speaker, String> speechEventTypes = new java.util.EnumMap<>(Taxonomy.Speaker.class);
    private final Map<Taxonomy.Meeting, String> meetingTypes = new java.util.EnumMap<>(Taxonomy.Meeting.class);
    private final List<TagRule> tagRules = new ArrayList<>();
    private final Map<String, Set<String>> closedClass = new HashMap<>();
    private final CodeRoles roles;
    private int people;
    private int institutions;
    private int aliases;
    private int triggers;
    private int phrases;

    private TaxonomyCompiler(CodeRoles roles) {
        this.roles = roles;
    }

    static Taxonomy compile(IndexEntry index, List<FileEntry> files) {
        TaxonomyCompiler c = new TaxonomyCompiler(codeRoles(index.codeRoles().value()));
        // Codes first: the generic phrases read the full list of event types.
        files.forEach(c::codes);
        c.conventionalPairs();
        files.forEach(c::vocabulary);
        return c.build(index.taxonomyVersion().value());
    }

    private static CodeRoles codeRoles(CodeRolesEntry r) {
        return new CodeRoles(
                r.dollar().value(),
                r.dollarIndex().value(),
                r.emergingMarketFx().value(),
                r.riskSentiment().value(),
                r.policyDecision().value(),
                r.guidance().value(),
                r.statement().value(),
                r.officialTalks().value(),
                r.tradeTalks().value(),
                r.militaryAction().value(),
                r.tension().value(),
                r.monetaryFamily().value(),
                r.diplomacyFamily().value(),
                values(r.leaderRoles()),
                values(r.centralBankerRoles()));
    }

    private Taxonomy build(String version) {
        Lexicon lexicon = new Lexicon(
                closed("abbreviations"),
                closed("determiners"),
                closed("licensors"),
                closed("function_words"),
                closed("coordinators"),
                closed("background"),
                closed("contrast"),
                closed("legs"),
                closed("superlatives"),
                closed("clause_breaks"),
                closed("event_background"),
                closed("hypothetical"),
                closed("passive"),
                closed("counterparts"),
                closed("inverted_conditionals"),
                closed("office_titles"),
                closed("leader_titles"),
                closed("reported_intent"),
                closed("undoing"));
        Set<String> words = new HashSet<>(matcher.words());
        closedClass.values().forEach(words::addAll);
        words.addAll(CODE_WORDS);
        Vocabulary vocabulary = new Vocabulary(words);
        matcher.compile(vocabulary);
        Taxonomy.Stats stats = new Taxonomy.Stats(
                people, institutions, countries.size(), assets.size(), currencies.size(), aliases, triggers, phrases);
        return new Taxonomy(
                version,
                assets,
                currencies,
                currencyOfCountry,
                countries,
                emCountries,
                eventTypes,
                genericDefaults,
                genericFallback,
                speechEventTypes,
                meetingTypes,
                tagRules,
                roles,
                lexicon,
                matcher,
                vocabulary,
                stats);
    }

    // ---- codes -------------------------------------------------------------------------

    private void codes(FileEntry f) {
        listOf(f.countries()).forEach(n -> country(n.value()));
        listOf(f.currencies()).forEach(n -> currency(n.value()));
        listOf(f.pairConvention()).forEach(n -> pairConvention.add(n.value()));
        listOf(f.assets()).forEach(n -> asset(n.value()));
        listOf(f.eventTypes()).forEach(n -> eventTypes.add(n.value().code().value()));
        mapOf(f.closedClass()).forEach((name, words) -> {
            Set<String> set = closedClass.computeIfAbsent(name, x -> new HashSet<>());
            for (Located<String> w : words.value()) {
                set.add(Tokenizer.tokenize(w.value()).get(0).norm());
            }
        });
    }

    private void country(CountryEntry e) {
        String code = e.code().value();
        countries.add(code);
        if (Boolean.TRUE.equals(e.em())) {
            emCountries.add(code);
        }
        Concept.Country c = new Concept.Country(code);
        entities(c, e.names(), e.demonyms(), e.metonyms());
        cased(c, e.cased());
    }

    private void currency(CurrencyEntry e) {
        String code = e.code().value();
        String country = e.country().value();
        currencies.put(code, new CurrencyDef(code, country, value(e.quotedAgainst(), null)));
        currencyOfCountry.putIfAbsent(country, code);
        Concept.Currency c = new Concept.Currency(code, List.of());
        entities(c, e.aliases());
        cased(c, e.cased());
    }

    private void asset(AssetEntry e) {
        String code = e.code().value();
        String family = value(e.family(), code);
        AssetClass cls = AssetClass.fromCode(e.assetClass().value()).orElseThrow();
        String tenor = value(e.tenor(), null);
        assets.put(
                code,
                new AssetDef(
                        code,
                        family,
                        cls,
                        valueList(e.countries()),
                        tenor,
                        value(e.base(), null),
                        value(e.quote(), null),
                        List.copyOf(valueList(e.defaultFor()))));
        for (String d : valueList(e.defaultFor())) {
            genericDefaults.put(cls.code() + "/" + d, code);
        }
        Concept.Asset level = new Concept.Asset(code, cls, tenor, false, false);
        entities(level, e.aliases());
        cased(level, e.cased());
        entities(new Concept.Asset(code, cls, tenor, true, false), e.priceAliases());
    }

    /**
     * Every currency against every currency of {@code pair_convention} gets a pair asset unless
     * the files declare one: the code is the six letters in market convention (the currency
     * earlier in the convention is the base: EURHUF, USDIDR, GBPZAR, AUDNZD), so that any
     * currency the taxonomy knows has a quoted pair, named by its code ("USDIDR", "USD/IDR").
     */
    private void conventionalPairs() {
        Set<String> declared = new HashSet<>();
        for (AssetDef d : assets.values()) {
            if (d.base() != null) {
                declared.add(d.base() + "/" + d.quote());
                declared.add(d.quote() + "/" + d.base());
            }
        }
        for (String major : pairConvention) {
            for (CurrencyDef other : List.copyOf(currencies.values())) {
                String x = other.code();
                int rank = pairConvention.indexOf(x);
                if (x.equals(major) || (rank >= 0 && rank < pairConvention.indexOf(major))) {
                    continue;
                }
                if (!declared.add(major + "/" + x)) {
                    continue;
                }
                declared.add(x + "/" + major);
                String code = major + x;
                if (assets.containsKey(code)) {
                    continue;
                }
                List<String> cs = new ArrayList<>();
                cs.add(currencies.get(major).country());
                cs.add(other.country());
                assets.put(code, new AssetDef(code, code, AssetClass.FX, cs, null, major, x, List.of()));
                Concept.Asset level = new Concept.Asset(code, AssetClass.FX, null, false, false);
                matcher.add(code, level, PhraseMatcher.Match.CASED);
                matcher.add(major + "/" + x, level, PhraseMatcher.Match.CASED);
            }
        }
    }

    // ---- vocabulary --------------------------------------------------------------------

    private void vocabulary(FileEntry f) {
        for (Located<AmbiguousCurrencyNameEntry> n : listOf(f.ambiguousCurrencyNames())) {
            entities(
                    new Concept.Currency(null, valueList(n.value().currencies())),
                    n.value().names());
        }
        listOf(f.genericAssets()).forEach(n -> genericAsset(n.value()));
        if (f.genericFallback() != null) {
            mapOf(f.genericFallback().value()).forEach((cls, code) -> genericFallback.put(cls, code.value()));
        }
        listOf(f.institutions()).forEach(n -> institution(n.value()));
        listOf(f.people()).forEach(n -> person(n.value()));
        listOf(f.eventTypes()).forEach(n -> eventType(n.value()));
        List<String> allTypes = List.copyOf(eventTypes);
        listOf(f.genericReferenceNouns())
                .forEach(s -> phrase(s, new Concept.Reference(allTypes), PhraseMatcher.Match.STEMMED));
        if (f.meetings() != null && f.meetings().value() != null) {
            meetings(f.meetings().value());
        }
        if (f.speechEvents() != null && f.speechEvents().value() != null) {
            speechEvents(f.speechEvents().value());
        }
        listOf(f.directions()).forEach(n -> direction(n.value()));
        groups(f.magnitudes(), k -> new Concept.MagnitudeWord(Magnitude.fromCode(k)), PhraseMatcher.Match.STEMMED);
        groups(f.modality(), k -> new Concept.ModalityMarker(Modality.fromCode(k)), PhraseMatcher.Match.EXACT);
        groups(f.negation(), k -> new Concept.Negation(k.equals("complement")), PhraseMatcher.Match.EXACT);
        groups(f.attribution(), k -> new Concept.Attribution(k.equals("source_after")), PhraseMatcher.Match.EXACT);
        groups(f.riskSentiment(), k -> new Concept.RiskWord(Direction.fromCode(k)), PhraseMatcher.Match.STEMMED);
        groups(f.tenors(), Concept.Tenor::new, PhraseMatcher.Match.STEMMED);
        listOf(f.causalCues()).forEach(s -> phrase(s, new Concept.CausalCue(), PhraseMatcher.Match.EXACT));
        listOf(f.counterCurrency()).forEach(s -> phrase(s, new Concept.CounterCurrency(), PhraseMatcher.Match.STEMMED));
        listOf(f.blockers()).forEach(s -> phrase(s, new Concept.Blocker(), PhraseMatcher.Match.STEMMED));
        listOf(f.nonAssetSubjects()).forEach(s -> phrase(s, new Concept.OtherSubject(), PhraseMatcher.Match.STEMMED));
        listOf(f.history()).forEach(s -> phrase(s, new Concept.History(), PhraseMatcher.Match.STEMMED));
        for (Located<AnaphorEntry> n : listOf(f.anaphors())) {
            AssetClass cls = n.value().assetClass() == null
                            || n.value().assetClass().value() == null
                    ? null
                    : AssetClass.fromCode(n.value().assetClass().value()).orElseThrow();
            listOf(n.value().phrases()).forEach(s -> phrase(s, new Concept.Anaphor(cls), PhraseMatcher.Match.STEMMED));
        }
        if (f.dates() != null && f.dates().value() != null) {
            dates(f.dates().value());
        }
        listOf(f.tagRules()).forEach(n -> tagRule(n.value()));
    }

    private void genericAsset(GenericAssetEntry e) {
        AssetClass cls = AssetClass.fromCode(e.assetClass().value()).orElseThrow();
        String quote = value(e.quote(), "level");
        Concept.Asset c = new Concept.Asset(
                null, cls, value(e.tenor(), null), quote.equals("price"), Boolean.TRUE.equals(e.requiresTenor()));
        entities(c, e.aliases());
        cased(c, e.cased());
    }

    private void institution(InstitutionEntry e) {
        institutions++;
        Concept.Institution c = new Concept.Institution(new InstitutionDef(
                e.name().value(), InstitutionKind.fromCode(e.kind().value()).orElseThrow(), value(e.country(), null)));
        entity(e.name(), c, PhraseMatcher.Match.STEMMED);
        entities(c, e.aliases());
        cased(c, e.cased());
    }

    private void person(PersonEntry e) {
        people++;
        List<String> personRoles = valueList(e.roles());
        Concept.Person c = new Concept.Person(new PersonDef(
                e.name().value(),
                personRoles,
                e.country().value(),
                personRoles.stream().anyMatch(roles.leaderRoles()::contains),
                personRoles.stream().anyMatch(roles.centralBankerRoles()::contains)));
        entity(e.name(), c, PhraseMatcher.Match.STEMMED);
        entities(c, e.aliases());
        cased(c, e.cased());
    }

    private void eventType(EventTypeEntry e) {
        String code = e.code().value();
        listOf(e.referenceNouns())
                .forEach(s -> phrase(s, new Concept.Reference(List.of(code)), PhraseMatcher.Match.STEMMED));
        listOf(e.triggers()).forEach(t -> trigger(t.value(), code));
    }

    private void trigger(TriggerEntry t, String type) {
        TriggerDef.Requirement requires =
                TriggerDef.Requirement.valueOf(value(t.requires(), "country").toUpperCase(Locale.ROOT));
        boolean weak = Boolean.TRUE.equals(t.weak());
        double confidence = t.confidence() == null || t.confidence().value() == null
                ? 0.8
                : t.confidence().value();
        String centralBankType = value(t.centralBankType(), null);
        for (Located<String> s : t.phrases()) {
            triggers++;
            phrase(
                    s,
                    new Concept.Trigger(new TriggerDef(type, s.value(), requires, weak, confidence, centralBankType)),
                    Boolean.TRUE.equals(t.exact()) ? PhraseMatcher.Match.EXACT : PhraseMatcher.Match.STEMMED);
        }
    }

    private void meetings(MeetingsEntry m) {
        String leaders = m.leaders().value();
        String officials = m.officials().value();
        meetingTypes.put(Taxonomy.Meeting.LEADERS, leaders);
        meetingTypes.put(Taxonomy.Meeting.OFFICIALS, officials);
        listOf(m.referenceNouns())
                .forEach(s ->
                        phrase(s, new Concept.Reference(List.of(leaders, officials)), PhraseMatcher.Match.STEMMED));
        listOf(m.triggers()).forEach(t -> trigger(t.value(), TriggerDef.MEETING));
    }

    private void speechEvents(SpeechEventsEntry s) {
        speechEventTypes.put(Taxonomy.Speaker.GOVERNMENT, s.government().value());
        speechEventTypes.put(Taxonomy.Speaker.CENTRAL_BANK, s.centralBank().value());
        listOf(s.verbs()).forEach(v -> phrase(v, new Concept.SpeechVerb(false), PhraseMatcher.Match.EXACT));
        listOf(s.reactions()).forEach(v -> phrase(v, new Concept.SpeechVerb(true), PhraseMatcher.Match.EXACT));
    }

    private void direction(DirectionEntry e) {
        Concept.DirectionWord c = new Concept.DirectionWord(
                Direction.fromCode(e.direction().value()),
                e.magnitude() == null || e.magnitude().value() == null
                        ? Magnitude.UNSPECIFIED
                        : Magnitude.fromCode(e.magnitude().value()),
                Concept.Syntax.valueOf(value(e.syntax(), "intransitive").toUpperCase(Locale.ROOT)));
        listOf(e.phrases()).forEach(s -> phrase(s, c, PhraseMatcher.Match.STEMMED));
    }

    private void dates(DatesEntry d) {
        mapOf(d.weekdays()).forEach((k, v) -> {
            Concept c = new Concept.DateWord(Concept.DateKind.WEEKDAY, TaxonomyValidator.WEEKDAYS.indexOf(k) + 1);
            v.value().forEach(s -> phrase(s, c, PhraseMatcher.Match.CASED));
        });
        mapOf(d.months()).forEach((k, v) -> {
            Concept c = new Concept.DateWord(Concept.DateKind.MONTH, TaxonomyValidator.MONTHS.indexOf(k) + 1);
            v.value().forEach(s -> phrase(s, c, PhraseMatcher.Match.CASED));
        });
        mapOf(d.relativeDays()).forEach((k, v) -> {
            Concept c = new Concept.DateWord(Concept.DateKind.RELATIVE_DAYS, Integer.parseInt(k.trim()));
            v.value().forEach(s -> phrase(s, c, PhraseMatcher.Match.STEMMED));
        });
    }

    private void tagRule(TagRuleEntry r) {
        tagRules.add(new TagRule(
                r.tag().value(),
                valueList(r.eventPrefixes()),
                valueList(r.assetClasses()).stream()
                        .map(c -> AssetClass.fromCode(c).orElseThrow())
                        .toList(),
                valueList(r.countriesAll()),
                r.risk() == null || r.risk().value() == null
                        ? null
                        : Direction.fromCode(r.risk().value())));
    }

    // ---- phrases -----------------------------------------------------------------------

    private void groups(
            Map<String, Located<List<Located<String>>>> section,
            Function<String, Concept> conceptOf,
            PhraseMatcher.Match match) {
        mapOf(section).forEach((k, v) -> {
            Concept c = conceptOf.apply(k);
            v.value().forEach(s -> phrase(s, c, match));
        });
    }

    @SafeVarargs
    private void entities(Concept.Entity c, List<Located<String>>... lists) {
        for (List<Located<String>> list : lists) {
            listOf(list).forEach(s -> entity(s, c, PhraseMatcher.Match.STEMMED));
        }
    }

    private void cased(Concept.Entity c, List<Located<String>> list) {
        listOf(list).forEach(s -> entity(s, c, PhraseMatcher.Match.CASED));
    }

    private void entity(Located<String> s, Concept.Entity c, PhraseMatcher.Match match) {
        aliases++;
        phrase(s, c, match);
    }

    private void phrase(Located<String> s, Concept c, PhraseMatcher.Match match) {
        phrases++;
        matcher.add(s.value(), c, match);
    }

    private Set<String> closed(String name) {
        return Set.copyOf(closedClass.getOrDefault(name, Set.of()));
    }

    private static String value(Located<String> v, String fallback) {
        return v == null || v.value() == null ? fallback : v.value();
    }

    private static List<String> valueList(List<Located<String>> list) {
        return listOf(list).stream().map(Located::value).toList();
    }

    private static Set<String> values(List<Located<String>> list) {
        return new LinkedHashSet<>(valueList(list));
    }
}
