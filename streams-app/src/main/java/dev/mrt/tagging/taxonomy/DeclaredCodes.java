package dev.mrt.tagging.taxonomy;

import static dev.mrt.tagging.taxonomy.TaxonomyYaml.listOf;
import static dev.mrt.tagging.taxonomy.ValueChecks.code;
import static dev.mrt.tagging.taxonomy.ValueChecks.nonBlank;
import static dev.mrt.tagging.taxonomy.ValueChecks.phraseText;
import static dev.mrt.tagging.taxonomy.ValueChecks.required;

import dev.mrt.tagging.taxonomy.TaxonomyYaml.AssetEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.CountryEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.CurrencyEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.EventTypeEntry;
import dev.mrt.tagging.taxonomy.TaxonomyYaml.FileEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The codes the files declare (countries, currencies, assets, people roles, event types), in
 * the form each must have and without duplicates, and the checks that a reference names one.
 */
final class DeclaredCodes {
    private final Set<String> countries = new HashSet<>();
    private final Set<String> currencies = new HashSet<>();
    private final Set<String> assets = new HashSet<>();
    private final Set<String> roles = new HashSet<>();
    private final Set<String> eventTypes = new HashSet<>();

    /** Declares the codes of one file; a file may reference codes declared in any file. */
    void declare(FileEntry f) {
        for (Located<CountryEntry> n : listOf(f.countries())) {
            String c = code(
                    n, n.value().code(), "code", "country", s -> s.matches("[A-Z]{2}"), "ISO 3166-1 alpha-2, e.g. US");
            if (!countries.add(c)) {
                throw TaxonomyException.at(n.value().code().place(), "code", "duplicate country " + c);
            }
        }
        for (Located<CurrencyEntry> n : listOf(f.currencies())) {
            String c = code(n, n.value().code(), "code", "currency", s -> s.matches("[A-Z]{3}"), "ISO 4217, e.g. USD");
            if (!currencies.add(c)) {
                throw TaxonomyException.at(n.value().code().place(), "code", "duplicate currency " + c);
            }
        }
        for (Located<AssetEntry> n : listOf(f.assets())) {
            String c = code(
                    n,
                    n.value().code(),
                    "code",
                    "asset",
                    s -> s.matches("[A-Z][A-Z0-9_]*"),
                    "upper-case letters, digits and _");
            if (!assets.add(c)) {
                throw TaxonomyException.at(n.value().code().place(), "code", "duplicate asset " + c);
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
    }

    void requireCountry(Located<?> entry, Located<String> v, String key, String context) {
        required(v, entry.place(), key, context);
        requireCountry(v, key);
    }

    void requireCountry(Located<String> v, String key) {
        if (!countries.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown country '" + v.value() + "'");
        }
    }

    void requireCurrency(Located<String> v, String key) {
        if (!currencies.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown currency '" + v.value() + "'");
        }
    }

    void requireAsset(Located<String> v, String key) {
        if (!assets.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown asset '" + v.value() + "'");
        }
    }

    void requireEventType(Located<String> v, String key) {
        if (!eventTypes.contains(nonBlank(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown event type '" + v.value() + "'");
        }
    }

    /** Some event type starts with this prefix (tag rules select events by prefix). */
    void requireEventPrefix(Located<String> v, String key) {
        String prefix = phraseText(v, key);
        if (eventTypes.stream().noneMatch(t -> t.startsWith(prefix))) {
            throw TaxonomyException.at(v.place(), key, "no event type starts with '" + prefix + "'");
        }
    }

    /** Some event type is {@code family.something}. */
    void requireEventFamily(Located<String> family, String key) {
        if (eventTypes.stream().noneMatch(t -> CodeRoles.inFamily(t, nonBlank(family, key)))) {
            throw TaxonomyException.at(
                    family.place(),
                    key,
                    "no event type of the family '" + family.value() + "' (" + family.value() + ".*)");
        }
    }

    void requireRole(Located<String> v, String key) {
        if (!roles.contains(phraseText(v, key))) {
            throw TaxonomyException.at(v.place(), key, "unknown role '" + v.value() + "'");
        }
    }

    void requireRoles(Place mapping, List<Located<String>> list, String key, String context) {
        if (listOf(list).isEmpty()) {
            throw TaxonomyException.at(mapping, key, "missing required key in " + context);
        }
        list.forEach(r -> requireRole(r, key));
    }
}
