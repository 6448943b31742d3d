package dev.mrt.tagging.taxonomy;

import static dev.mrt.tagging.taxonomy.TaxonomyYaml.listOf;
import static dev.mrt.tagging.taxonomy.TaxonomyYaml.mapOf;
import static dev.mrt.tagging.taxonomy.ValueChecks.assetClass;
import static dev.mrt.tagging.taxonomy.ValueChecks.direction;
import static dev.mrt.tagging.taxonomy.ValueChecks.institutionKind;
import static dev.mrt.tagging.taxonomy.ValueChecks.magnitude;
import static dev.mrt.tagging.taxonomy.ValueChecks.mappings;
import static dev.mrt.tagging.taxonomy.ValueChecks.modality;
import static dev.mrt.tagging.taxonomy.ValueChecks.nonBlank;
import static dev.mrt.tagging.taxonomy.ValueChecks.oneOf;
import static dev.mrt.tagging.taxonomy.ValueChecks.phraseText;
import static dev.mrt.tagging.taxonomy.ValueChecks.phrases;
import static dev.mrt.tagging.taxonomy.ValueChecks.present;
import static dev.mrt.tagging.taxonomy.ValueChecks.required;

import dev.mrt.tagging.taxonomy.TaxonomyYaml.AmbiguousCurrencyNameEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.AnaphorEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.AssetEntry;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

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
            "legs",
            "superlatives",
            "clause_breaks",
            "event_background",
            "hypothetical",
            "passive",
            "counterparts",
            "inverted_conditionals",
            "office_titles",
            "leader_titles",
            "reported_intent",
            "undoing");

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

    private final DeclaredCodes codes = new DeclaredCodes();
    private final EntityAliases aliases = new EntityAliases();
    /** {@code class/country} to the asset a generic mention of the class means there. */
    private final Map<String, String> genericDefaults = new HashMap<>();

    private TaxonomyValidator() {}

    /**
     * @param indexTop where the index file starts, for keys missing from it
     */
    static void validate(Place indexTop, IndexEntry index, List<FileEntry> files) {
        TaxonomyValidator v = new TaxonomyValidator();
        // Codes first, so that references can be checked against them wherever they stand.
        files.forEach(v::declareCodes);
        files.forEach(v::checkFile);
        CodeRolesCheck.check(indexTop, index, v.codes);
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
        codes.declare(f);
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
        listOf(f.pairConvention()).forEach(c -> codes.requireCurrency(c, "pair_convention"));
        listOf(f.assets()).forEach(this::asset);
        listOf(f.ambiguousCurrencyNames()).forEach(this::ambiguousCurrency);
        listOf(f.genericAssets()).forEach(this::genericAsset);
        if (f.genericFallback() != null) {
            mapOf(f.genericFallback().value()).forEach((cls, code) -> {
                assetClass(f.genericFallback().place(), "generic_fallback", cls);
                if (code == null || code.value() == null) {
                    throw TaxonomyException.at(f.genericFallback().place(), cls, "expected an asset code");
                }
                codes.requireAsset(code, "generic_fallback");
            });
        }
        listOf(f.institutions()).forEach(this::institution);
        listOf(f.people()).forEach(this::person);
        for (Located<EventTypeEntry> n : listOf(f.eventTypes())) {
            phrases(n.value().referenceNouns(), "reference_nouns");
            listOf(n.value().triggers()).forEach(this::trigger);
        }
        phrases(f.genericReferenceNouns(), "generic_reference_nouns");
        if (f.meetings() != null && f.meetings().value() != null) {
            meetings(f.meetings());
        }
        if (f.speechEvents() != null && f.speechEvents().value() != null) {
            speechEvents(f.speechEvents());
        }
        listOf(f.directions()).forEach(this::directionEntry);
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
        phrases(f.causalCues(), "causal_cues");
        phrases(f.counterCurrency(), "counter_currency");
        phrases(f.blockers(), "blockers");
        phrases(f.nonAssetSubjects(), "non_asset_subjects");
        phrases(f.history(), "history");
        for (Located<AnaphorEntry> n : listOf(f.anaphors())) {
            if (present(n.value().assetClass())) {
                assetClass(
                        n.value().assetClass().place(),
                        "class",
                        n.value().assetClass().value());
            }
            phrases(n.value().phrases(), "phrases");
        }
        if (f.dates() != null && f.dates().value() != null) {
            dates(f.dates().value());
        }
        listOf(f.tagRules()).forEach(this::tagRule);
    }

    private void country(Located<CountryEntry> n) {
        CountryEntry c = n.value();
        String identity = new Concept.Country(c.code().value()).identity();
        aliases.stemmed(
                identity,
                Arrays.asList(c.names(), c.demonyms(), c.metonyms()),
                List.of("names", "demonyms", "metonyms"));
        aliases.cased(identity, c.cased());
    }

    private void currency(Located<CurrencyEntry> n) {
        CurrencyEntry c = n.value();
        codes.requireCountry(n, c.country(), "country", "currency");
        if (present(c.quotedAgainst())) {
            codes.requireCurrency(c.quotedAgainst(), "quoted_against");
        }
        String identity = new Concept.Currency(c.code().value(), List.of()).identity();
        aliases.stemmed(identity, Arrays.asList(c.aliases()), List.of("aliases"));
        aliases.cased(identity, c.cased());
    }

    private void ambiguousCurrency(Located<AmbiguousCurrencyNameEntry> n) {
        List<String> candidates = new ArrayList<>();
        for (Located<String> s : listOf(n.value().currencies())) {
            codes.requireCurrency(s, "currencies");
            candidates.add(s.value());
        }
        aliases.stemmed(
                new Concept.Currency(null, candidates).identity(),
                Arrays.asList(n.value().names()),
                List.of("names"));
    }

    private void asset(Located<AssetEntry> n) {
        AssetEntry a = n.value();
        String code = a.code().value();
        String cls = required(a.assetClass(), n.place(), "class", "asset");
        AssetClass assetClass = assetClass(a.assetClass().place(), "class", cls);
        for (Located<String> c : listOf(a.countries())) {
            codes.requireCountry(c, "countries");
        }
        if (present(a.base()) != present(a.quote())) {
            throw TaxonomyException.at(n.place(), present(a.base()) ? "quote" : "base", "base and quote go together");
        }
        if (present(a.base())) {
            codes.requireCurrency(a.base(), "base");
            codes.requireCurrency(a.quote(), "quote");
        }
        if (present(a.family()) && !a.family().value().equals(code)) {
            codes.requireAsset(a.family(), "family");
        }
        for (Located<String> d : listOf(a.defaultFor())) {
            String country = phraseText(d, "default_for");
            if (!country.equals(Taxonomy.EMERGING_MARKETS)) {
                codes.requireCountry(d, "default_for");
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
        aliases.stemmed(
                new Concept.Asset(code, assetClass, tenor, false, false).identity(),
                Arrays.asList(a.aliases()),
                List.of("aliases"));
        aliases.cased(new Concept.Asset(code, assetClass, tenor, false, false).identity(), a.cased());
        aliases.stemmed(
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
        aliases.stemmed(identity, Arrays.asList(g.aliases()), List.of("aliases"));
        aliases.cased(identity, g.cased());
    }

    private void institution(Located<InstitutionEntry> n) {
        InstitutionEntry i = n.value();
        String name = required(i.name(), n.place(), "name", "institution");
        String kind = required(i.kind(), n.place(), "kind", "institution");
        institutionKind(i.kind().place(), kind);
        if (present(i.country())) {
            codes.requireCountry(i.country(), "country");
        }
        namedEntity("institution " + name, i.name(), i.aliases(), i.cased());
    }

    private void person(Located<PersonEntry> n) {
        PersonEntry p = n.value();
        String name = required(p.name(), n.place(), "name", "person");
        codes.requireCountry(n, p.country(), "country", "person");
        codes.requireRoles(n.place(), p.roles(), "roles", "person");
        namedEntity("person " + name, p.name(), p.aliases(), p.cased());
    }

    /** A person or institution: its name is an alias too. */
    private void namedEntity(
            String identity, Located<String> name, List<Located<String>> stemmed, List<Located<String>> cased) {
        aliases.add(identity, name, "name", false);
        aliases.stemmed(identity, Arrays.asList(stemmed), List.of("aliases"));
        aliases.cased(identity, cased);
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
            codes.requireEventType(t.centralBankType(), "central_bank_type");
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
        phrases(t.phrases(), "phrases");
    }

    private void meetings(Located<MeetingsEntry> n) {
        MeetingsEntry m = n.value();
        required(m.leaders(), n.place(), "leaders", "meetings");
        required(m.officials(), n.place(), "officials", "meetings");
        codes.requireEventType(m.leaders(), "leaders");
        codes.requireEventType(m.officials(), "officials");
        phrases(m.referenceNouns(), "reference_nouns");
        listOf(m.triggers()).forEach(this::trigger);
    }

    private void speechEvents(Located<SpeechEventsEntry> n) {
        SpeechEventsEntry s = n.value();
        required(s.government(), n.place(), "government", "speech_events");
        codes.requireEventType(s.government(), "government");
        required(s.centralBank(), n.place(), "central_bank", "speech_events");
        codes.requireEventType(s.centralBank(), "central_bank");
        phrases(s.verbs(), "verbs");
        phrases(s.reactions(), "reactions");
    }

    private void directionEntry(Located<DirectionEntry> n) {
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
        phrases(d.phrases(), "phrases");
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
            codes.requireCountry(s, "countries_all");
        }
        for (Located<String> s : listOf(r.eventPrefixes())) {
            codes.requireEventPrefix(s, "event_prefixes");
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

    private static void groups(
            Map<String, Located<List<Located<String>>>> section, BiConsumer<Place, String> keyCheck) {
        mapOf(section).forEach((k, v) -> {
            keyCheck.accept(v == null ? null : v.place(), k);
            phrases(v, k);
        });
    }
}
