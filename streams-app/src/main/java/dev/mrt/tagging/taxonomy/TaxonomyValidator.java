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
import dev.mrt.tagging.text.Tokenizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks bound taxonomy files before anything is built: required keys, the form of codes, that
 * every reference names a declared code (countries, currencies, assets, event types, people
 * roles, the {@code code_roles} of the index), closed values (asset classes, directions, ...),
 * phrases that have words, and aliases that would mean two different things. The first problem
 * fails the load with file, line, column and key.
 */
final class TaxonomyValidator {
    /** The closed-class lists the extractors read, by name (see {@link Lexicon}). */
    static final List<String> CLOSED_CLASS_LISTS = List.of(
            "abbreviations",
            "determiners",
            "licensors",
            "function_words",
            "coordinators",
            "background",
            "contrast",
            "clause_breaks",
            "event_background",
            "hypothetical",
            "passive",
            "counterparts",
            "inverted_conditionals",
            "office_titles",
            "leader_titles",
            "reported_intent");

    static final List<String> WEEKDAYS =
            List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    static final List<String> MONTHS = List.of(
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december");

    /** {@code default_for} may name this instead of a country: the emerging markets at large. */
    static final String EMERGING_MARKETS = Taxonomy.EMERGING_MARKETS;

    private final Set<String> countries = new HashSet<>();
    private final Set<String> currencies = new HashSet<>();
    private final Set<String> assets = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> eventTypes = new HashSet<>();
    private final Map<String, String> genericDefaults = new HashMap<>();
    private final Map<String, String> entityByPhrase = new HashMap<>();
    private final Map<String, Place> entityWhere = new HashMap<>();

    private TaxonomyValidator() {}

    /**
     * @param indexTop where the index file starts, for keys missing from it
     */
    static void validate(Place indexTop, IndexEntry index, List<FileEntry> files) {
        TaxonomyValidator v = new TaxonomyValidator();
        // Codes first, so that references can be checked against them wherever they stand.
        files.forEach(v::declareCodes);
        files.forEach(v::checkFile);
        v.checkCodeRoles(indexTop, index);
    }

    /** The version and the list of files; run before the files are read. */
    static void validateIndex(Place indexTop, IndexEntry index) {
        String version = required(index.taxonomyVersion(), indexTop, "taxonomy_version", "taxonomy index");
        if (!version.matches("[0-9]+(\\.[0-9]+)*")) {
            throw TaxonomyException.at(
                    index.taxonomyVersion().place(),
                    "taxonomy_version",
                    "bad version '" + version + "' (expected digits and dots, e.g. 2026.11.1)");
        }
        if (listOf(index.files()).isEmpty()) {
            throw TaxonomyException.at(indexTop, "files", "missing required key in taxonomy index");
        }
        for (Located<String> file : index.files()) {
            String name = phraseText(file, "files");
            if (name.contains("/") || name.contains("\\") || !name.endsWith(".yaml")) {
                throw TaxonomyException.at(file.place(), "files", "bad file name '" + name + "'");
            }
        }
    }

    // ---- codes -------------------------------------------------------------------------

    private void declareCodes(FileEntry f) {
        mappings(f.countries(), "countries");
        mappings(f.currencies(), "currencies");
        mappings(f.ambiguousCurrencyNames(), "ambiguous_currency_names");
        mappings(f.assets(), "assets");
        mappings(f.genericAssets(), "generic_assets");
        mappings(f.institutions(), "institutions");
        mappings(f.people(), "people");
        mappings(f.eventTypes(), "event_types");
        listOf(f.eventTypes()).forEach(e -> mappings(e.value().triggers(), "triggers"));
        if (f.meetings() != null && f.meetings().value() != null) {
            mappings(f.meetings().value().triggers(), "triggers");
        }
        mappings(f.directions(), "directions");
        mappings(f.anaphors(), "anaphors");
        mappings(f.tagRules(), "tag_rules");
        for (Located<CountryEntry> n : listOf(f.countries())) {
            String code = code(
                    n, n.value().code(), "code", "country", s -> s.matches("[A-Z]{2}"), "ISO 3166-1 alpha-2, e.g. US");
            if (!countries.add(code)) {
                throw TaxonomyException.at(n.value().code().place(), "code", "duplicate country " + code);
            }
        }
        for (Located<CurrencyEntry> n : listOf(f.currencies())) {
            String code =
                    code(n, n.value().code(), "code", "currency", s -> s.matches("[A-Z]{3}"), "ISO 4217, e.g. USD");
            if (!currencies.add(code)) {
                throw TaxonomyException.at(n.value().code().place(), "code", "duplicate currency " + code);
            }
        }
        for (Located<AssetEntry> n : listOf(f.assets())) {
            String code = code(
                    n,
                    n.value().code(),
                    "code",
                    "asset",
                    s -> s.matches("[A-Z][A-Z0-9_]*"),
                    "upper-case letters, digits and _");
            if (!assets.add(code)) {
                throw TaxonomyException.at(n.value().code().place(), "code", "duplicate asset " + code);
            }
        }
        for (Located<String> r : listOf(f.roles())) {
            roles.add(phraseText(r, "roles"));
        }
        for (Located<EventTypeEntry> n : listOf(f.eventTypes())) {
            eventTypes.add(code(
                    n,
                    n.value().code(),
                    "code",
                    "event type",
                    s -> s.matches("[a-z_]+(\\.[a-z_]+)*"),
                    "lower-case dotted code"));
        }
        mapOf(f.closedClass()).forEach((name, words) -> {
            if (!CLOSED_CLASS_LISTS.contains(name)) {
                throw TaxonomyException.at(words.place(), name, "unknown closed_class list");
            }
            for (Located<String> w : phrases(words, name)) {
                if (Tokenizer.tokenize(w.value()).size() != 1) {
                    throw TaxonomyException.at(w.place(), name, "'" + w.value() + "' must be a single token");
                }
            }
        });
    }

    // ---- one file ----------------------------------------------------------------------

    private void checkFile(FileEntry f) {
        listOf(f.countries()).forEach(this::country);
        listOf(f.currencies()).forEach(this::currency);
        listOf(f.assets()).forEach(this::asset);
        listOf(f.ambiguousCurrencyNames()).forEach(this::ambiguousCurrency);
        listOf(f.genericAssets()).forEach(this::genericAsset);
        if (f.genericFallback() != null) {
            mapOf(f.genericFallback().value()).forEach((cls, code) -> {
                assetClass(f.genericFallback().place(), "generic_fallback", cls);
                if (code == null || code.value() == null) {
                    throw TaxonomyException.at(f.genericFallback().place(), cls, "expected an asset code");
                }
                requireAsset(code, "generic_fallback");
            });
        }
        listOf(f.institutions()).forEach(this::institution);
        listOf(f.people()).forEach(this::person);
        for (Located<EventTypeEntry> n : listOf(f.eventTypes())) {
            plainPhrases(n.value().referenceNouns(), "reference_nouns");
            listOf(n.value().triggers()).forEach(this::trigger);
        }
        plainPhrases(f.genericReferenceNouns(), "generic_reference_nouns");
        if (f.meetings() != null && f.meetings().value() != null) {
            meetings(f.meetings());
        }
        if (f.speechEvents() != null && f.speechEvents().value() != null) {
            speechEvents(f.speechEvents());
        }
        listOf(f.directions()).forEach(this::direction);
        groups(f.magnitudes(), (place, k) -> magnitude(place, "magnitude", k));
        groups(f.modality(), (place, k) -> modality(place, k));
        groups(
                f.negation(),
                (place, k) -> oneOf(place, k, Set.of("local", "complement"), "expected local or complement"));
        groups(
                f.attribution(),
                (place, k) -> oneOf(
                        place, k, Set.of("source_before", "source_after"), "expected source_before or source_after"));
        groups(f.riskSentiment(), (place, k) -> direction(place, "direction", k));
        groups(f.tenors(), (place, k) -> {
            if (!k.matches("[0-9]{1,2}[YM]")) {
                throw TaxonomyException.at(place, k, "bad tenor (expected e.g. 10Y)");
            }
        });
        plainPhrases(f.causalCues(), "causal_cues");
        plainPhrases(f.counterCurrency(), "counter_currency");
        plainPhrases(f.blockers(), "blockers");
        plainPhrases(f.nonAssetSubjects(), "non_asset_subjects");
        for (Located<AnaphorEntry> n : listOf(f.anaphors())) {
            if (present(n.value().assetClass())) {
                assetClass(
                        n.value().assetClass().place(),
                        "class",
                        n.value().assetClass().value());
            }
            plainPhrases(n.value().phrases(), "phrases");
        }
        if (f.dates() != null && f.dates().value() != null) {
            dates(f.dates().value());
        }
        listOf(f.tagRules()).forEach(this::tagRule);
    }

    private void country(Located<CountryEntry> n) {
        CountryEntry c = n.value();
        String identity = new Concept.Country(c.code().value()).identity();
        entities(
                identity,
                Arrays.asList(c.names(), c.demonyms(), c.metonyms()),
                List.of("names", "demonyms", "metonyms"));
        casedEntities(identity, c.cased());
    }

    private void currency(Located<CurrencyEntry> n) {
        CurrencyEntry c = n.value();
        requireCountry(n, c.country(), "country", "currency");
        String identity = new Concept.Currency(c.code().value(), List.of()).identity();
        entities(identity, Arrays.asList(c.aliases()), List.of("aliases"));
        casedEntities(identity, c.cased());
    }

    private void ambiguousCurrency(Located<AmbiguousCurrencyNameEntry> n) {
        List<String> codes = new java.util.ArrayList<>();
        for (Located<String> s : listOf(n.value().currencies())) {
            if (!currencies.contains(phraseText(s, "currencies"))) {
                throw TaxonomyException.at(s.place(), "currencies", "unknown currency '" + s.value() + "'");
            }
            codes.add(s.value());
        }
        entities(
                new Concept.Currency(null, codes).identity(),
                Arrays.asList(n.value().names()),
                List.of("names"));
    }

    private void asset(Located<AssetEntry> n) {
        AssetEntry a = n.value();
        String code = a.code().value();
        String cls = required(a.assetClass(), n.place(), "class", "asset");
        AssetClass assetClass = assetClass(a.assetClass().place(), "class", cls);
        for (Located<String> c : listOf(a.countries())) {
            requireCountry(c, "countries");
        }
        if (present(a.base()) != present(a.quote())) {
            throw TaxonomyException.at(n.place(), present(a.base()) ? "quote" : "base", "base and quote go together");
        }
        if (present(a.base())) {
            requireCurrency(a.base(), "base");
            requireCurrency(a.quote(), "quote");
        }
        if (present(a.family()) && !a.family().value().equals(code)) {
            requireAsset(a.family(), "family");
        }
        for (Located<String> d : listOf(a.defaultFor())) {
            String country = phraseText(d, "default_for");
            if (!country.equals(EMERGING_MARKETS)) {
                requireCountry(d, "default_for");
            }
            String prev = genericDefaults.put(cls + "/" + country, code);
            if (prev != null) {
                throw TaxonomyException.at(
                        d.place(),
                        "default_for",
                        "country " + country + " already defaults to " + prev + " for class " + cls);
            }
        }
        String tenor = present(a.tenor()) ? a.tenor().value() : null;
        entities(
                new Concept.Asset(code, assetClass, tenor, false, false).identity(),
                Arrays.asList(a.aliases()),
                List.of("aliases"));
        casedEntities(new Concept.Asset(code, assetClass, tenor, false, false).identity(), a.cased());
        entities(
                new Concept.Asset(code, assetClass, tenor, true, false).identity(),
                Arrays.asList(a.priceAliases()),
                List.of("price_aliases"));
    }

    private void genericAsset(Located<GenericAssetEntry> n) {
        GenericAssetEntry g = n.value();
        AssetClass cls = assetClass(
                g.assetClass() == null ? n.place() : g.assetClass().place(),
                "class",
                required(g.assetClass(), n.place(), "class", "generic asset"));
        String quote = present(g.quote()) ? nonBlank(g.quote(), "quote") : "level";
        if (!Set.of("level", "yield", "price").contains(quote)) {
            throw TaxonomyException.at(g.quote().place(), "quote", "expected level, yield or price");
        }
        String tenor = present(g.tenor()) ? nonBlank(g.tenor(), "tenor") : null;
        String identity = new Concept.Asset(
                        null, cls, tenor, quote.equals("price"), Boolean.TRUE.equals(g.requiresTenor()))
                .identity();
        entities(identity, Arrays.asList(g.aliases()), List.of("aliases"));
        casedEntities(identity, g.cased());
    }

    private void institution(Located<InstitutionEntry> n) {
        InstitutionEntry i = n.value();
        String name = required(i.name(), n.place(), "name", "institution");
        String kind = required(i.kind(), n.place(), "kind", "institution");
        if (InstitutionKind.fromCode(kind).isEmpty()) {
            throw TaxonomyException.at(
                    i.kind().place(),
                    "kind",
                    "unknown institution kind '" + kind + "' (expected one of "
                            + new TreeSet<>(Arrays.stream(InstitutionKind.values())
                                    .map(InstitutionKind::code)
                                    .toList())
                            + ")");
        }
        if (present(i.country())) {
            requireCountry(i.country(), "country");
        }
        String identity = "institution " + name;
        entity(identity, i.name(), "name", false);
        entities(identity, Arrays.asList(i.aliases()), List.of("aliases"));
        casedEntities(identity, i.cased());
    }

    private void person(Located<PersonEntry> n) {
        PersonEntry p = n.value();
        String name = required(p.name(), n.place(), "name", "person");
        requireCountry(n, p.country(), "country", "person");
        if (listOf(p.roles()).isEmpty()) {
            throw TaxonomyException.at(n.place(), "roles", "missing required key in person");
        }
        for (Located<String> r : p.roles()) {
            if (!roles.contains(phraseText(r, "roles"))) {
                throw TaxonomyException.at(r.place(), "roles", "unknown role '" + r.value() + "'");
            }
        }
        String identity = "person " + name;
        entity(identity, p.name(), "name", false);
        entities(identity, Arrays.asList(p.aliases()), List.of("aliases"));
        casedEntities(identity, p.cased());
    }

    private void trigger(Located<TriggerEntry> n) {
        TriggerEntry t = n.value();
        String requires = present(t.requires()) ? nonBlank(t.requires(), "requires") : "country";
        try {
            TriggerDef.Requirement.valueOf(requires.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(t.requires().place(), "requires", "unknown requirement '" + requires + "'");
        }
        if (present(t.centralBankType())) {
            requireEventType(t.centralBankType(), "central_bank_type");
        }
        if (present(t.confidence())) {
            double c = t.confidence().value();
            if (c <= 0 || c > 1) {
                throw TaxonomyException.at(t.confidence().place(), "confidence", "must be in (0, 1]");
            }
        }
        if (listOf(t.phrases()).isEmpty()) {
            throw TaxonomyException.at(n.place(), "phrases", "missing required key in trigger");
        }
        plainPhrases(t.phrases(), "phrases");
    }

    private void meetings(Located<MeetingsEntry> n) {
        MeetingsEntry m = n.value();
        required(m.leaders(), n.place(), "leaders", "meetings");
        required(m.officials(), n.place(), "officials", "meetings");
        requireEventType(m.leaders(), "leaders");
        requireEventType(m.officials(), "officials");
        plainPhrases(m.referenceNouns(), "reference_nouns");
        listOf(m.triggers()).forEach(this::trigger);
    }

    private void speechEvents(Located<SpeechEventsEntry> n) {
        SpeechEventsEntry s = n.value();
        required(s.government(), n.place(), "government", "speech_events");
        requireEventType(s.government(), "government");
        required(s.centralBank(), n.place(), "central_bank", "speech_events");
        requireEventType(s.centralBank(), "central_bank");
        plainPhrases(s.verbs(), "verbs");
    }

    private void direction(Located<DirectionEntry> n) {
        DirectionEntry d = n.value();
        String moved = required(d.direction(), n.place(), "direction", "direction entry");
        direction(d.direction().place(), "direction", moved);
        if (present(d.magnitude())) {
            magnitude(d.magnitude().place(), "magnitude", nonBlank(d.magnitude(), "magnitude"));
        }
        if (present(d.syntax())) {
            String syntax = nonBlank(d.syntax(), "syntax");
            try {
                Concept.Syntax.valueOf(syntax.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw TaxonomyException.at(d.syntax().place(), "syntax", "unknown syntax '" + syntax + "'");
            }
        }
        plainPhrases(d.phrases(), "phrases");
    }

    private void dates(DatesEntry d) {
        mapOf(d.weekdays()).forEach((k, v) -> {
            if (!WEEKDAYS.contains(k)) {
                throw TaxonomyException.at(v.place(), k, "unknown weekday");
            }
            phrases(v, k);
        });
        mapOf(d.months()).forEach((k, v) -> {
            if (!MONTHS.contains(k)) {
                throw TaxonomyException.at(v.place(), k, "unknown month");
            }
            phrases(v, k);
        });
        mapOf(d.relativeDays()).forEach((k, v) -> {
            try {
                Integer.parseInt(k.trim());
            } catch (NumberFormatException e) {
                throw TaxonomyException.at(v.place(), k, "expected a day offset such as -1");
            }
            phrases(v, k);
        });
    }

    private void tagRule(Located<TagRuleEntry> n) {
        TagRuleEntry r = n.value();
        required(r.tag(), n.place(), "tag", "tag rule");
        if (!r.tag().value().matches("[a-z0-9-]+")) {
            throw TaxonomyException.at(
                    r.tag().place(),
                    "tag",
                    "bad code '" + r.tag().value() + "' (expected lower-case words joined by -)");
        }
        for (Located<String> s : listOf(r.assetClasses())) {
            assetClass(s.place(), "class", phraseText(s, "asset_classes"));
        }
        for (Located<String> s : listOf(r.countriesAll())) {
            requireCountry(s, "countries_all");
        }
        for (Located<String> s : listOf(r.eventPrefixes())) {
            String prefix = phraseText(s, "event_prefixes");
            if (eventTypes.stream().noneMatch(t -> t.startsWith(prefix))) {
                throw TaxonomyException.at(s.place(), "event_prefixes", "no event type starts with '" + prefix + "'");
            }
        }
        if (present(r.risk())) {
            direction(r.risk().place(), "direction", nonBlank(r.risk(), "risk"));
        }
        if (listOf(r.eventPrefixes()).isEmpty()
                && listOf(r.assetClasses()).isEmpty()
                && listOf(r.countriesAll()).isEmpty()
                && !present(r.risk())) {
            throw TaxonomyException.at(n.place(), "tag", "tag rule has no condition");
        }
    }

    // ---- code roles --------------------------------------------------------------------

    /** Every role is declared, and names a code of the kind the role needs. */
    private void checkCodeRoles(Place indexTop, IndexEntry index) {
        if (index.codeRoles() == null || index.codeRoles().value() == null) {
            throw TaxonomyException.at(indexTop, "code_roles", "missing required key in taxonomy index");
        }
        Place at = index.codeRoles().place();
        CodeRolesEntry r = index.codeRoles().value();
        requireCurrency(role(at, r.dollar(), "dollar"), "dollar");
        requireAsset(role(at, r.dollarIndex(), "dollar_index"), "dollar_index");
        requireAsset(role(at, r.emergingMarketFx(), "emerging_market_fx"), "emerging_market_fx");
        requireAsset(role(at, r.riskSentiment(), "risk_sentiment"), "risk_sentiment");
        requireEventType(role(at, r.policyDecision(), "policy_decision"), "policy_decision");
        requireEventType(role(at, r.guidance(), "guidance"), "guidance");
        requireEventType(role(at, r.statement(), "statement"), "statement");
        requireEventType(role(at, r.officialTalks(), "official_talks"), "official_talks");
        requireEventType(role(at, r.tradeTalks(), "trade_talks"), "trade_talks");
        requireEventType(role(at, r.militaryAction(), "military_action"), "military_action");
        requireEventType(role(at, r.tension(), "tension"), "tension");
        requireEventFamily(role(at, r.monetaryFamily(), "monetary_family"), "monetary_family");
        requireEventFamily(role(at, r.diplomacyFamily(), "diplomacy_family"), "diplomacy_family");
        requirePeopleRoles(at, r.leaderRoles(), "leader_roles");
        requirePeopleRoles(at, r.centralBankerRoles(), "central_banker_roles");
    }

    private static Located<String> role(Place codeRoles, Located<String> code, String key) {
        required(code, codeRoles, key, "code_roles");
        return code;
    }

    private void requireEventFamily(Located<String> family, String key) {
        if (eventTypes.stream().noneMatch(t -> CodeRoles.inFamily(t, family.value()))) {
            throw TaxonomyException.at(
                    family.place(),
                    key,
                    "no event type of the family '" + family.value() + "' (" + family.value() + ".*)");
        }
    }

    private void requirePeopleRoles(Place codeRoles, List<Located<String>> list, String key) {
        if (listOf(list).isEmpty()) {
            throw TaxonomyException.at(codeRoles, key, "missing required key in code_roles");
        }
        for (Located<String> r : list) {
            if (!roles.contains(phraseText(r, key))) {
                throw TaxonomyException.at(r.place(), key, "unknown role '" + r.value() + "'");
            }
        }
    }

    // ---- phrases and entities ----------------------------------------------------------

    /** Every item of a list of entries is a mapping ({@code - } alone binds to nothing). */
    private static void mappings(List<? extends Located<?>> entries, String key) {
        for (Located<?> e : listOf(entries)) {
            if (e == null || e.value() == null) {
                throw TaxonomyException.at(e == null ? null : e.place(), key, "expected a mapping");
            }
        }
    }

    /** Phrases of a group ({@code small: [...]}); a single phrase counts as a list of one. */
    private static List<Located<String>> phrases(Located<List<Located<String>>> group, String key) {
        if (group == null || group.value() == null) {
            throw TaxonomyException.at(group == null ? null : group.place(), key, "expected a list of phrases");
        }
        for (Located<String> s : group.value()) {
            phraseText(s, key);
        }
        return group.value();
    }

    private static void plainPhrases(List<Located<String>> list, String key) {
        for (Located<String> s : listOf(list)) {
            phraseText(s, key);
        }
    }

    private static void groups(
            Map<String, Located<List<Located<String>>>> section,
            java.util.function.BiConsumer<Place, String> keyCheck) {
        mapOf(section).forEach((k, v) -> {
            keyCheck.accept(v == null ? null : v.place(), k);
            phrases(v, k);
        });
    }

    /** A phrase that has words; its text. */
    private static String phraseText(Located<String> s, String key) {
        if (s == null || s.value() == null || s.value().isBlank()) {
            throw TaxonomyException.at(s == null ? null : s.place(), key, "empty phrase");
        }
        if (Tokenizer.tokenize(s.value()).isEmpty()) {
            throw TaxonomyException.at(s.place(), key, "phrase '" + s.value() + "' has no words");
        }
        return s.value();
    }

    private void entities(String identity, List<List<Located<String>>> lists, List<String> keys) {
        for (int i = 0; i < lists.size(); i++) {
            for (Located<String> s : listOf(lists.get(i))) {
                entity(identity, s, keys.get(i), false);
            }
        }
    }

    private void casedEntities(String identity, List<Located<String>> cased) {
        for (Located<String> s : listOf(cased)) {
            entity(identity, s, "cased", true);
        }
    }

    /** An alias may stand for one entity only: "franc" and "France" both stem to "franc". */
    private void entity(String identity, Located<String> s, String key, boolean cased) {
        String phrase = phraseText(s, key);
        String matchKey = PhraseMatcher.key(phrase, cased ? PhraseMatcher.Match.CASED : PhraseMatcher.Match.STEMMED);
        String prev = entityByPhrase.putIfAbsent(matchKey, identity);
        if (prev != null && !prev.equals(identity)) {
            throw TaxonomyException.at(
                    s.place(),
                    key,
                    "alias '" + phrase + "' already means " + prev + " (" + entityWhere.get(matchKey) + ")");
        }
        entityWhere.putIfAbsent(matchKey, s.place());
    }

    // ---- values and references ---------------------------------------------------------

    private static boolean present(Located<?> v) {
        return v != null && v.value() != null;
    }

    /** A required, non-blank value; missing keys are reported at the mapping that lacks them. */
    private static String required(Located<String> v, Place mapping, String key, String context) {
        if (v == null) {
            throw TaxonomyException.at(mapping, key, "missing required key in " + context);
        }
        return nonBlank(v, key);
    }

    private static String nonBlank(Located<String> v, String key) {
        if (v.value() == null) {
            throw TaxonomyException.at(v.place(), key, "expected a value");
        }
        if (v.value().isBlank()) {
            throw TaxonomyException.at(v.place(), key, "must not be blank");
        }
        return v.value();
    }

    private static String code(
            Located<?> entry, Located<String> v, String key, String context, Predicate<String> valid, String expected) {
        String code = required(v, entry.place(), key, context);
        if (!valid.test(code)) {
            throw TaxonomyException.at(v.place(), key, "bad code '" + code + "' (expected " + expected + ")");
        }
        return code;
    }

    private void requireCountry(Located<?> entry, Located<String> v, String key, String context) {
        required(v, entry.place(), key, context);
        requireCountry(v, key);
    }

    private void requireCountry(Located<String> v, String key) {
        if (!countries.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown country '" + v.value() + "'");
        }
    }

    private void requireCurrency(Located<String> v, String key) {
        if (!currencies.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown currency '" + v.value() + "'");
        }
    }

    private void requireAsset(Located<String> v, String key) {
        if (!assets.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown asset '" + v.value() + "'");
        }
    }

    private void requireEventType(Located<String> v, String key) {
        if (!eventTypes.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown event type '" + v.value() + "'");
        }
    }

    private static AssetClass assetClass(Place place, String key, String cls) {
        return AssetClass.fromCode(cls)
                .orElseThrow(() -> TaxonomyException.at(
                        place,
                        key,
                        "unknown asset class '" + cls + "' (expected one of "
                                + Arrays.stream(AssetClass.values())
                                        .map(AssetClass::code)
                                        .sorted()
                                        .collect(Collectors.toList())
                                + ")"));
    }

    private static void direction(Place place, String key, String v) {
        try {
            Direction.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(place, key, "unknown direction '" + v + "' (expected up, down, flat, mixed)");
        }
    }

    private static void magnitude(Place place, String key, String v) {
        try {
            Magnitude.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(place, key, "unknown magnitude '" + v + "'");
        }
    }

    private static void modality(Place place, String v) {
        try {
            Modality.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(place, "modality", "unknown modality '" + v + "'");
        }
    }

    private static void oneOf(Place place, String key, Set<String> allowed, String problem) {
        if (!allowed.contains(key)) {
            throw TaxonomyException.at(place, key, problem);
        }
    }
}
