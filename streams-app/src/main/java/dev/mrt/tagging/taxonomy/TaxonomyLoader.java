package dev.mrt.tagging.taxonomy;

import dev.mrt.tagging.text.LightStemmer;
import dev.mrt.tagging.text.Token;
import dev.mrt.tagging.text.Tokenizer;
import dev.mrt.tagging.text.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
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

/**
 * Reads and validates the taxonomy. The index file {@code taxonomy.yaml} names the version and
 * the other files (a directory inside a jar cannot be listed). Every problem fails the load with
 * file, line, column and key: unknown keys, missing keys, bad codes, unknown references and
 * aliases that mean two different things.
 */
public final class TaxonomyLoader {
    public static final String INDEX_FILE = "taxonomy.yaml";
    public static final String CLASSPATH_DIR = "config/taxonomy/";

    private static final Set<String> SECTIONS = Set.of(
            "countries",
            "currencies",
            "ambiguous_currency_names",
            "assets",
            "generic_assets",
            "generic_fallback",
            "institutions",
            "roles",
            "people",
            "event_types",
            "meetings",
            "generic_reference_nouns",
            "speech_events",
            "directions",
            "magnitudes",
            "modality",
            "negation",
            "attribution",
            "causal_cues",
            "counter_currency",
            "risk_sentiment",
            "anaphors",
            "blockers",
            "non_asset_subjects",
            "tenors",
            "dates",
            "closed_class",
            "tag_rules");
    private static final Set<String> ASSET_CLASSES =
            Set.of("bond_yield", "spread", "fx", "equity", "commodity", "crypto", "volatility", "sentiment");
    private static final Set<String> INSTITUTION_KINDS = Set.of(
            "central_bank",
            "government",
            "ministry",
            "legislature",
            "agency",
            "international",
            "party",
            "media",
            "company");

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
                    "minister")
            .stream()
            .map(LightStemmer::stem)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final Function<String, Reader> opener;
    private final PhraseMatcher matcher = new PhraseMatcher();
    private final Map<String, String> entityByPhrase = new HashMap<>();
    private final Map<String, String> entityWhere = new HashMap<>();
    private final List<Runnable> referenceChecks = new ArrayList<>();

    private final Map<String, AssetDef> assets = new LinkedHashMap<>();
    private final Map<String, CurrencyDef> currencies = new LinkedHashMap<>();
    private final Map<String, String> currencyOfCountry = new HashMap<>();
    private final Set<String> countries = new LinkedHashSet<>();
    private final Set<String> emCountries = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> eventTypes = new LinkedHashSet<>();
    private final Map<String, String> genericDefaults = new HashMap<>();
    private final Map<String, String> genericFallback = new HashMap<>();
    private final Map<String, String> speechEventTypes = new HashMap<>();
    private final Map<String, String> meetingTypes = new HashMap<>();
    private final List<TagRule> tagRules = new ArrayList<>();
    private final Map<String, Set<String>> closedClass = new HashMap<>();
    private int people;
    private int institutions;
    private int aliases;
    private int triggers;
    private int phrases;

    private TaxonomyLoader(Function<String, Reader> opener) {
        this.opener = opener;
    }

    /** Loads from a directory on disk. */
    public static Taxonomy load(Path dir) {
        return new TaxonomyLoader(name -> {
                    try {
                        return Files.newBufferedReader(dir.resolve(name), StandardCharsets.UTF_8);
                    } catch (NoSuchFileException e) {
                        throw new TaxonomyException(dir.resolve(name) + ": file not found");
                    } catch (IOException e) {
                        throw new TaxonomyException(dir.resolve(name) + ": cannot read: " + e.getMessage(), e);
                    }
                })
                .loadIndex(dir.toString() + "/");
    }

    /** Loads the copy bundled in the jar. */
    public static Taxonomy loadFromClasspath() {
        return new TaxonomyLoader(name -> {
                    InputStream in = TaxonomyLoader.class.getClassLoader().getResourceAsStream(CLASSPATH_DIR + name);
                    if (in == null) {
                        throw new TaxonomyException("classpath:" + CLASSPATH_DIR + name + ": not found");
                    }
                    return new InputStreamReader(in, StandardCharsets.UTF_8);
                })
                .loadIndex("classpath:" + CLASSPATH_DIR);
    }

    private Taxonomy loadIndex(String prefix) {
        YamlNode index = parse(prefix, INDEX_FILE);
        YamlFields f = YamlFields.of(index, "taxonomy index", "taxonomy_version", "files");
        String version = f.string("taxonomy_version");
        if (!isVersion(version)) {
            throw TaxonomyException.at(
                    f.raw("taxonomy_version"),
                    "taxonomy_version",
                    "bad version '" + version + "' (expected digits and dots, e.g. 2026.11.1)");
        }
        List<YamlNode.Scalar> files = f.scalars("files");
        if (files.isEmpty()) {
            throw TaxonomyException.at(index, "files", "missing required key in taxonomy index");
        }
        List<YamlNode> docs = new ArrayList<>();
        for (YamlNode.Scalar file : files) {
            if (file.value().contains("/")
                    || file.value().contains("\\")
                    || !file.value().endsWith(".yaml")) {
                throw TaxonomyException.at(file, "files", "bad file name '" + file.value() + "'");
            }
            docs.add(parse(prefix, file.value()));
        }
        // Codes first, so that vocabulary and references can be checked against them.
        for (YamlNode doc : docs) {
            YamlFields d = YamlFields.of(doc, "taxonomy file", SECTIONS.toArray(String[]::new));
            d.list("countries").forEach(this::country);
            d.list("currencies").forEach(this::currency);
            d.list("assets").forEach(this::asset);
            d.scalars("roles").forEach(r -> roles.add(r.value()));
            d.list("event_types")
                    .forEach(n -> eventTypes.add(YamlFields.of(n, "event type", "code", "reference_nouns", "triggers")
                            .code("code", TaxonomyLoader::isEventType, "lower-case dotted code")));
            readClosedClass(d);
        }
        for (YamlNode doc : docs) {
            YamlFields d = YamlFields.of(doc, "taxonomy file", SECTIONS.toArray(String[]::new));
            d.list("ambiguous_currency_names").forEach(this::ambiguousCurrency);
            d.list("generic_assets").forEach(this::genericAsset);
            d.mapping("generic_fallback").forEach((cls, node) -> {
                requireAssetClass(d.keyNode("generic_fallback"), cls);
                if (!(node instanceof YamlNode.Scalar sc) || sc.value() == null) {
                    throw TaxonomyException.at(node, cls, "expected an asset code");
                }
                String code = sc.value();
                referenceChecks.add(() -> requireAsset(node, "generic_fallback", code));
                genericFallback.put(cls, code);
            });
            d.list("institutions").forEach(this::institution);
            d.list("people").forEach(this::person);
            d.list("event_types").forEach(this::eventType);
            List<String> allTypes = List.copyOf(eventTypes);
            d.scalars("generic_reference_nouns")
                    .forEach(s -> phrase(s, "generic_reference_nouns", new Concept.Reference(allTypes), false));
            if (d.has("meetings")) {
                meetings(d.raw("meetings"));
            }
            if (d.has("speech_events")) {
                speechEvents(d.raw("speech_events"));
            }
            d.list("directions").forEach(this::direction);
            phraseGroups(d, "magnitudes", k -> new Concept.MagnitudeWord(magnitude(d.raw("magnitudes"), k)));
            exactGroups(d, "modality", k -> new Concept.ModalityMarker(modality(d.raw("modality"), k)));
            exactGroups(d, "negation", k -> switch (k) {
                case "local" -> new Concept.Negation(false);
                case "complement" -> new Concept.Negation(true);
                default -> throw TaxonomyException.at(d.raw("negation"), k, "expected local or complement");
            });
            exactGroups(d, "attribution", k -> switch (k) {
                case "source_before" -> new Concept.Attribution(false);
                case "source_after" -> new Concept.Attribution(true);
                default ->
                    throw TaxonomyException.at(d.raw("attribution"), k, "expected source_before or source_after");
            });
            phraseGroups(d, "risk_sentiment", k -> new Concept.RiskWord(direction(d.raw("risk_sentiment"), k)));
            phraseGroups(d, "tenors", k -> {
                if (!k.matches("[0-9]{1,2}[YM]")) {
                    throw TaxonomyException.at(d.raw("tenors"), k, "bad tenor (expected e.g. 10Y)");
                }
                return new Concept.Tenor(k);
            });
            d.scalars("causal_cues")
                    .forEach(s -> phrase(s, "causal_cues", new Concept.CausalCue(), PhraseMatcher.Match.EXACT));
            d.scalars("counter_currency")
                    .forEach(s -> phrase(s, "counter_currency", new Concept.CounterCurrency(), false));
            d.scalars("blockers").forEach(s -> phrase(s, "blockers", new Concept.Blocker(), false));
            d.scalars("non_asset_subjects")
                    .forEach(s -> phrase(s, "non_asset_subjects", new Concept.OtherSubject(), false));
            d.list("anaphors").forEach(this::anaphor);
            if (d.has("dates")) {
                dates(d.raw("dates"));
            }
            d.list("tag_rules").forEach(this::tagRule);
        }
        referenceChecks.forEach(Runnable::run);
        Lexicon lexicon = new Lexicon(
                cc("abbreviations"),
                cc("determiners"),
                cc("licensors"),
                cc("function_words"),
                cc("coordinators"),
                cc("background"),
                cc("contrast"),
                cc("clause_breaks"),
                cc("event_background"),
                cc("hypothetical"),
                cc("passive"),
                cc("counterparts"),
                cc("inverted_conditionals"),
                cc("office_titles"),
                cc("leader_titles"),
                cc("reported_intent"));
        java.util.Set<String> words = new HashSet<>(matcher.words());
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
                lexicon,
                matcher,
                vocabulary,
                stats);
    }

    private YamlNode parse(String prefix, String name) {
        try (Reader r = opener.apply(name)) {
            return YamlTreeReader.read(prefix + name, r);
        } catch (IOException e) {
            throw new TaxonomyException(prefix + name + ": cannot read: " + e.getMessage(), e);
        }
    }

    // ---- codes -------------------------------------------------------------------------

    private void country(YamlNode n) {
        YamlFields f = YamlFields.of(n, "country", "code", "names", "cased", "demonyms", "metonyms", "em");
        String code = f.code("code", TaxonomyLoader::isCountryCode, "ISO 3166-1 alpha-2, e.g. US");
        if (!countries.add(code)) {
            throw TaxonomyException.at(f.raw("code"), "code", "duplicate country " + code);
        }
        if (f.bool("em", false)) {
            emCountries.add(code);
        }
        Concept.Country c = new Concept.Country(code);
        entityPhrases(f, c, "names", "demonyms", "metonyms");
    }

    private void currency(YamlNode n) {
        YamlFields f = YamlFields.of(n, "currency", "code", "country", "aliases", "cased");
        String code = f.code("code", s -> s.matches("[A-Z]{3}"), "ISO 4217, e.g. USD");
        String country = f.string("country");
        referenceChecks.add(() -> requireCountry(f.raw("country"), "country", country));
        if (currencies.put(code, new CurrencyDef(code, country)) != null) {
            throw TaxonomyException.at(f.raw("code"), "code", "duplicate currency " + code);
        }
        currencyOfCountry.putIfAbsent(country, code);
        entityPhrases(f, new Concept.Currency(code, List.of()), "aliases");
    }

    private void ambiguousCurrency(YamlNode n) {
        YamlFields f = YamlFields.of(n, "ambiguous currency name", "names", "currencies");
        List<YamlNode.Scalar> codes = f.scalars("currencies");
        for (YamlNode.Scalar s : codes) {
            if (!currencies.containsKey(s.value())) {
                throw TaxonomyException.at(s, "currencies", "unknown currency '" + s.value() + "'");
            }
        }
        entityPhrases(
                f,
                new Concept.Currency(
                        null, codes.stream().map(YamlNode.Scalar::value).toList()),
                "names");
    }

    private void asset(YamlNode n) {
        YamlFields f = YamlFields.of(
                n,
                "asset",
                "code",
                "family",
                "class",
                "countries",
                "tenor",
                "base",
                "quote",
                "aliases",
                "cased",
                "price_aliases",
                "default_for");
        String code = f.code("code", TaxonomyLoader::isAssetCode, "upper-case letters, digits and _");
        String family = f.string("family", code);
        String cls = f.string("class");
        requireAssetClass(f.raw("class"), cls);
        List<String> cs = f.strings("countries");
        for (YamlNode.Scalar s : f.scalars("countries")) {
            referenceChecks.add(() -> requireCountry(s, "countries", s.value()));
        }
        String base = f.has("base") ? f.string("base") : null;
        String quote = f.has("quote") ? f.string("quote") : null;
        if ((base == null) != (quote == null)) {
            throw TaxonomyException.at(n, base == null ? "base" : "quote", "base and quote go together");
        }
        if (base != null) {
            referenceChecks.add(() -> {
                requireCurrency(f.raw("base"), "base", base);
                requireCurrency(f.raw("quote"), "quote", quote);
            });
        }
        String tenor = f.has("tenor") ? f.string("tenor") : null;
        AssetDef def = new AssetDef(code, family, cls, cs, tenor, base, quote, f.strings("default_for"));
        if (assets.put(code, def) != null) {
            throw TaxonomyException.at(f.raw("code"), "code", "duplicate asset " + code);
        }
        if (!family.equals(code)) {
            referenceChecks.add(() -> requireAsset(f.raw("family"), "family", family));
        }
        for (YamlNode.Scalar s : f.scalars("default_for")) {
            if (!s.value().equals("EM")) {
                referenceChecks.add(() -> requireCountry(s, "default_for", s.value()));
            }
            String key = cls + "/" + s.value();
            String prev = genericDefaults.put(key, code);
            if (prev != null) {
                throw TaxonomyException.at(
                        s,
                        "default_for",
                        "country " + s.value() + " already defaults to " + prev + " for class " + cls);
            }
        }
        entityPhrases(f, new Concept.Asset(code, cls, tenor, false, false), "aliases");
        for (YamlNode.Scalar s : f.scalars("price_aliases")) {
            entity(s, "price_aliases", new Concept.Asset(code, cls, tenor, true, false), false);
        }
    }

    private void genericAsset(YamlNode n) {
        YamlFields f =
                YamlFields.of(n, "generic asset", "class", "quote", "tenor", "requires_tenor", "aliases", "cased");
        String cls = f.string("class");
        requireAssetClass(f.raw("class"), cls);
        String quote = f.string("quote", "level");
        if (!Set.of("level", "yield", "price").contains(quote)) {
            throw TaxonomyException.at(f.raw("quote"), "quote", "expected level, yield or price");
        }
        String tenor = f.has("tenor") ? f.string("tenor") : null;
        Concept.Asset c = new Concept.Asset(null, cls, tenor, quote.equals("price"), f.bool("requires_tenor", false));
        entityPhrases(f, c, "aliases");
    }

    private void institution(YamlNode n) {
        YamlFields f = YamlFields.of(n, "institution", "name", "kind", "country", "aliases", "cased");
        String name = f.string("name");
        String kind = f.string("kind");
        if (!INSTITUTION_KINDS.contains(kind)) {
            throw TaxonomyException.at(
                    f.raw("kind"),
                    "kind",
                    "unknown institution kind '" + kind + "' (expected one of "
                            + new java.util.TreeSet<>(INSTITUTION_KINDS) + ")");
        }
        String country = f.has("country") ? f.string("country") : null;
        if (country != null) {
            referenceChecks.add(() -> requireCountry(f.raw("country"), "country", country));
        }
        institutions++;
        Concept.Institution c = new Concept.Institution(new InstitutionDef(name, kind, country));
        entity(f.scalar("name"), "name", c, false);
        entityPhrases(f, c, "aliases");
    }

    private void person(YamlNode n) {
        YamlFields f = YamlFields.of(n, "person", "name", "aliases", "cased", "roles", "country");
        String name = f.string("name");
        String country = f.string("country");
        referenceChecks.add(() -> requireCountry(f.raw("country"), "country", country));
        List<YamlNode.Scalar> rs = f.scalars("roles");
        if (rs.isEmpty()) {
            throw TaxonomyException.at(n, "roles", "missing required key in person");
        }
        for (YamlNode.Scalar r : rs) {
            if (!roles.contains(r.value())) {
                throw TaxonomyException.at(r, "roles", "unknown role '" + r.value() + "'");
            }
        }
        people++;
        Concept.Person c = new Concept.Person(
                new PersonDef(name, rs.stream().map(YamlNode.Scalar::value).toList(), country));
        entity(f.scalar("name"), "name", c, false);
        entityPhrases(f, c, "aliases");
    }

    // ---- events --------------------------------------------------------------------------

    private void eventType(YamlNode n) {
        YamlFields f = YamlFields.of(n, "event type", "code", "reference_nouns", "triggers");
        String code = f.string("code");
        List<String> types = List.of(code);
        for (YamlNode.Scalar s : f.scalars("reference_nouns")) {
            phrase(s, "reference_nouns", new Concept.Reference(types), false);
        }
        for (YamlNode t : f.list("triggers")) {
            trigger(t, code);
        }
    }

    private void trigger(YamlNode n, String type) {
        YamlFields f = YamlFields.of(n, "trigger", "phrases", "requires", "weak", "confidence", "central_bank_type");
        TriggerDef.Requirement req = requirement(f);
        String cbType = f.has("central_bank_type") ? f.string("central_bank_type") : null;
        if (cbType != null) {
            referenceChecks.add(() -> requireEventType(f.raw("central_bank_type"), "central_bank_type", cbType));
        }
        double conf = f.number("confidence", 0.8);
        if (conf <= 0 || conf > 1) {
            throw TaxonomyException.at(f.raw("confidence"), "confidence", "must be in (0, 1]");
        }
        List<YamlNode.Scalar> ps = f.scalars("phrases");
        if (ps.isEmpty()) {
            throw TaxonomyException.at(n, "phrases", "missing required key in trigger");
        }
        for (YamlNode.Scalar s : ps) {
            triggers++;
            phrase(
                    s,
                    "phrases",
                    new Concept.Trigger(new TriggerDef(type, s.value(), req, f.bool("weak", false), conf, cbType)),
                    false);
        }
    }

    private static TriggerDef.Requirement requirement(YamlFields f) {
        String r = f.string("requires", "country");
        try {
            return TriggerDef.Requirement.valueOf(r.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(f.raw("requires"), "requires", "unknown requirement '" + r + "'");
        }
    }

    private void meetings(YamlNode n) {
        YamlFields f = YamlFields.of(n, "meetings", "leaders", "officials", "reference_nouns", "triggers");
        String leaders = f.string("leaders");
        String officials = f.string("officials");
        referenceChecks.add(() -> requireEventType(f.raw("leaders"), "leaders", leaders));
        referenceChecks.add(() -> requireEventType(f.raw("officials"), "officials", officials));
        meetingTypes.put("leaders", leaders);
        meetingTypes.put("officials", officials);
        for (YamlNode.Scalar s : f.scalars("reference_nouns")) {
            phrase(s, "reference_nouns", new Concept.Reference(List.of(leaders, officials)), false);
        }
        for (YamlNode t : f.list("triggers")) {
            trigger(t, "meeting");
        }
    }

    private void speechEvents(YamlNode n) {
        YamlFields f = YamlFields.of(n, "speech_events", "government", "central_bank", "verbs");
        for (String k : List.of("government", "central_bank")) {
            String type = f.string(k);
            referenceChecks.add(() -> requireEventType(f.raw(k), k, type));
            speechEventTypes.put(k, type);
        }
        f.scalars("verbs").forEach(s -> phrase(s, "verbs", new Concept.SpeechVerb(), PhraseMatcher.Match.EXACT));
    }

    // ---- vocabulary ----------------------------------------------------------------------

    private void direction(YamlNode n) {
        YamlFields f = YamlFields.of(n, "direction entry", "phrases", "direction", "magnitude", "syntax");
        Direction d = direction(f.raw("direction"), f.string("direction"));
        Magnitude m = f.has("magnitude") ? magnitude(f.raw("magnitude"), f.string("magnitude")) : Magnitude.UNSPECIFIED;
        String syn = f.string("syntax", "intransitive");
        Concept.Syntax syntax;
        try {
            syntax = Concept.Syntax.valueOf(syn.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(f.raw("syntax"), "syntax", "unknown syntax '" + syn + "'");
        }
        Concept.DirectionWord c = new Concept.DirectionWord(d, m, syntax);
        f.scalars("phrases").forEach(s -> phrase(s, "phrases", c, false));
    }

    private void anaphor(YamlNode n) {
        YamlFields f = YamlFields.of(n, "anaphor", "phrases", "class");
        String cls = f.has("class") ? f.string("class") : null;
        if (cls != null) {
            requireAssetClass(f.raw("class"), cls);
        }
        f.scalars("phrases").forEach(s -> phrase(s, "phrases", new Concept.Anaphor(cls), false));
    }

    private void dates(YamlNode n) {
        YamlFields f = YamlFields.of(n, "dates", "weekdays", "months", "relative_days");
        List<String> weekdays = List.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        List<String> months = List.of(
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
        f.mapping("weekdays").forEach((k, v) -> {
            int idx = weekdays.indexOf(k);
            if (idx < 0) {
                throw TaxonomyException.at(v, k, "unknown weekday");
            }
            scalarsOf(v, k).forEach(s -> phrase(s, k, new Concept.DateWord(Concept.DateKind.WEEKDAY, idx + 1), true));
        });
        f.mapping("months").forEach((k, v) -> {
            int idx = months.indexOf(k);
            if (idx < 0) {
                throw TaxonomyException.at(v, k, "unknown month");
            }
            scalarsOf(v, k).forEach(s -> phrase(s, k, new Concept.DateWord(Concept.DateKind.MONTH, idx + 1), true));
        });
        f.mapping("relative_days").forEach((k, v) -> {
            int days;
            try {
                days = Integer.parseInt(k.trim());
            } catch (NumberFormatException e) {
                throw TaxonomyException.at(v, k, "expected a day offset such as -1");
            }
            scalarsOf(v, k)
                    .forEach(s -> phrase(s, k, new Concept.DateWord(Concept.DateKind.RELATIVE_DAYS, days), false));
        });
    }

    private void tagRule(YamlNode n) {
        YamlFields f = YamlFields.of(n, "tag rule", "tag", "event_prefixes", "asset_classes", "countries_all", "risk");
        String tag = f.code("tag", s -> s.matches("[a-z0-9-]+"), "lower-case words joined by -");
        for (YamlNode.Scalar s : f.scalars("asset_classes")) {
            requireAssetClass(s, s.value());
        }
        for (YamlNode.Scalar s : f.scalars("countries_all")) {
            referenceChecks.add(() -> requireCountry(s, "countries_all", s.value()));
        }
        for (YamlNode.Scalar s : f.scalars("event_prefixes")) {
            referenceChecks.add(() -> {
                if (eventTypes.stream().noneMatch(t -> t.startsWith(s.value()))) {
                    throw TaxonomyException.at(s, "event_prefixes", "no event type starts with '" + s.value() + "'");
                }
            });
        }
        Direction risk = f.has("risk") ? direction(f.raw("risk"), f.string("risk")) : null;
        if (f.strings("event_prefixes").isEmpty()
                && f.strings("asset_classes").isEmpty()
                && f.strings("countries_all").isEmpty()
                && risk == null) {
            throw TaxonomyException.at(n, "tag", "tag rule has no condition");
        }
        tagRules.add(new TagRule(
                tag, f.strings("event_prefixes"), f.strings("asset_classes"), f.strings("countries_all"), risk));
    }

    private void readClosedClass(YamlFields d) {
        d.mapping("closed_class").forEach((k, v) -> {
            if (!Set.of(
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
                            "reported_intent")
                    .contains(k)) {
                throw TaxonomyException.at(v, k, "unknown closed_class list");
            }
            Set<String> set = closedClass.computeIfAbsent(k, x -> new HashSet<>());
            for (YamlNode.Scalar s : scalarsOf(v, k)) {
                List<Token> toks = Tokenizer.tokenize(s.value());
                if (toks.size() != 1) {
                    throw TaxonomyException.at(s, k, "'" + s.value() + "' must be a single token");
                }
                set.add(toks.get(0).norm());
            }
        });
    }

    private Set<String> cc(String name) {
        return Set.copyOf(closedClass.getOrDefault(name, Set.of()));
    }

    private void phraseGroups(YamlFields d, String section, Function<String, Concept> conceptOf) {
        d.mapping(section).forEach((k, v) -> {
            Concept c = conceptOf.apply(k);
            scalarsOf(v, k).forEach(s -> phrase(s, k, c, false));
        });
    }

    /** Closed lists that spell out every inflection match their words exactly (in any case), not by stem. */
    private void exactGroups(YamlFields d, String section, Function<String, Concept> conceptOf) {
        d.mapping(section).forEach((k, v) -> {
            Concept c = conceptOf.apply(k);
            scalarsOf(v, k).forEach(s -> phrase(s, k, c, PhraseMatcher.Match.EXACT));
        });
    }

    private static List<YamlNode.Scalar> scalarsOf(YamlNode v, String key) {
        if (v instanceof YamlNode.Scalar s && s.value() != null) {
            return List.of(s);
        }
        if (!(v instanceof YamlNode.Seq seq)) {
            throw TaxonomyException.at(v, key, "expected a list of phrases");
        }
        List<YamlNode.Scalar> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (!(item instanceof YamlNode.Scalar s) || s.value() == null) {
                throw TaxonomyException.at(item, key, "expected a phrase");
            }
            out.add(s);
        }
        return out;
    }

    private void entityPhrases(YamlFields f, Concept.Entity c, String... keys) {
        for (String k : keys) {
            for (YamlNode.Scalar s : f.scalars(k)) {
                entity(s, k, c, false);
            }
        }
        for (YamlNode.Scalar s : f.scalars("cased")) {
            entity(s, "cased", c, true);
        }
    }

    private void entity(YamlNode.Scalar s, String key, Concept.Entity c, boolean cased) {
        String phraseKey = phrase(s, key, c, cased);
        aliases++;
        String prev = entityByPhrase.putIfAbsent(phraseKey, c.identity());
        if (prev != null && !prev.equals(c.identity())) {
            throw TaxonomyException.at(
                    s,
                    key,
                    "alias '" + s.value() + "' already means " + prev + " (" + entityWhere.get(phraseKey) + ")");
        }
        entityWhere.putIfAbsent(phraseKey, s.where());
    }

    private String phrase(YamlNode.Scalar s, String key, Concept c, boolean cased) {
        return phrase(s, key, c, cased ? PhraseMatcher.Match.CASED : PhraseMatcher.Match.STEMMED);
    }

    private String phrase(YamlNode.Scalar s, String key, Concept c, PhraseMatcher.Match match) {
        if (s.value() == null || s.value().isBlank()) {
            throw TaxonomyException.at(s, key, "empty phrase");
        }
        if (Tokenizer.tokenize(s.value()).isEmpty()) {
            throw TaxonomyException.at(s, key, "phrase '" + s.value() + "' has no words");
        }
        phrases++;
        return matcher.add(s.value(), c, match);
    }

    // ---- checks -------------------------------------------------------------------------

    private void requireCountry(YamlNode n, String key, String code) {
        if (!countries.contains(code)) {
            throw TaxonomyException.at(n, key, "unknown country '" + code + "'");
        }
    }

    private void requireCurrency(YamlNode n, String key, String code) {
        if (!currencies.containsKey(code)) {
            throw TaxonomyException.at(n, key, "unknown currency '" + code + "'");
        }
    }

    private void requireAsset(YamlNode n, String key, String code) {
        if (!assets.containsKey(code)) {
            throw TaxonomyException.at(n, key, "unknown asset '" + code + "'");
        }
    }

    private void requireEventType(YamlNode n, String key, String code) {
        if (!eventTypes.contains(code)) {
            throw TaxonomyException.at(n, key, "unknown event type '" + code + "'");
        }
    }

    private static void requireAssetClass(YamlNode n, String cls) {
        if (!ASSET_CLASSES.contains(cls)) {
            throw TaxonomyException.at(
                    n,
                    "class",
                    "unknown asset class '" + cls + "' (expected one of " + new java.util.TreeSet<>(ASSET_CLASSES)
                            + ")");
        }
    }

    private static Direction direction(YamlNode n, String v) {
        try {
            return Direction.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(
                    n, "direction", "unknown direction '" + v + "' (expected up, down, flat, mixed)");
        }
    }

    private static Magnitude magnitude(YamlNode n, String v) {
        try {
            return Magnitude.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(n, "magnitude", "unknown magnitude '" + v + "'");
        }
    }

    private static Modality modality(YamlNode n, String v) {
        try {
            return Modality.fromCode(v);
        } catch (IllegalArgumentException e) {
            throw TaxonomyException.at(n, "modality", "unknown modality '" + v + "'");
        }
    }

    private static boolean isVersion(String v) {
        return v.matches("[0-9]+(\\.[0-9]+)*");
    }

    private static boolean isCountryCode(String v) {
        return v.matches("[A-Z]{2}");
    }

    private static boolean isAssetCode(String v) {
        return v.matches("[A-Z][A-Z0-9_]*");
    }

    private static boolean isEventType(String v) {
        return v.matches("[a-z_]+(\\.[a-z_]+)*");
    }
}
