package dev.mrt.tagging.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The shape of the taxonomy files, as Jackson binds them (snake_case keys; a key not declared
 * here is an error). Binding checks only shapes; {@link TaxonomyValidator} checks presence,
 * codes and references, and {@link TaxonomyCompiler} builds the {@link Taxonomy}. Values that
 * an error may have to point at are {@link Located}. Absent keys are null.
 */
final class TaxonomyYaml {
    private TaxonomyYaml() {}

    /** {@code taxonomy.yaml}: the version, the files to read in order, the codes code relies on. */
    record IndexEntry(
            Located<String> taxonomyVersion, List<Located<String>> files, Located<CodeRolesEntry> codeRoles) {}

    /** One key per role of {@link CodeRoles}. */
    record CodeRolesEntry(
            Located<String> dollar,
            Located<String> dollarIndex,
            Located<String> emergingMarketFx,
            Located<String> riskSentiment,
            Located<String> policyDecision,
            Located<String> guidance,
            Located<String> statement,
            Located<String> officialTalks,
            Located<String> tradeTalks,
            Located<String> militaryAction,
            Located<String> tension,
            Located<String> monetaryFamily,
            Located<String> diplomacyFamily,
            List<Located<String>> leaderRoles,
            List<Located<String>> centralBankerRoles) {}

    /** Any file may hold any section; lists from several files add up. */
    record FileEntry(
            List<Located<CountryEntry>> countries,
            List<Located<CurrencyEntry>> currencies,
            List<Located<AmbiguousCurrencyNameEntry>> ambiguousCurrencyNames,
            List<Located<String>> pairConvention,
            List<Located<AssetEntry>> assets,
            List<Located<GenericAssetEntry>> genericAssets,
            Located<Map<String, Located<String>>> genericFallback,
            List<Located<InstitutionEntry>> institutions,
            List<Located<String>> roles,
            List<Located<PersonEntry>> people,
            List<Located<EventTypeEntry>> eventTypes,
            Located<MeetingsEntry> meetings,
            List<Located<String>> genericReferenceNouns,
            Located<SpeechEventsEntry> speechEvents,
            List<Located<DirectionEntry>> directions,
            Map<String, Located<List<Located<String>>>> magnitudes,
            Map<String, Located<List<Located<String>>>> modality,
            Map<String, Located<List<Located<String>>>> negation,
            Map<String, Located<List<Located<String>>>> attribution,
            List<Located<String>> causalCues,
            List<Located<String>> counterCurrency,
            Map<String, Located<List<Located<String>>>> riskSentiment,
            List<Located<AnaphorEntry>> anaphors,
            List<Located<String>> blockers,
            List<Located<String>> nonAssetSubjects,
            List<Located<String>> history,
            Map<String, Located<List<Located<String>>>> tenors,
            Located<DatesEntry> dates,
            Map<String, Located<List<Located<String>>>> closedClass,
            List<Located<TagRuleEntry>> tagRules) {}

    record CountryEntry(
            Located<String> code,
            List<Located<String>> names,
            List<Located<String>> cased,
            List<Located<String>> demonyms,
            List<Located<String>> metonyms,
            Boolean em) {}

    /** {@code quoted_against}: the currency a move of this one is measured against when the text names none. */
    record CurrencyEntry(
            Located<String> code,
            Located<String> country,
            Located<String> quotedAgainst,
            List<Located<String>> aliases,
            List<Located<String>> cased) {}

    /** A name several currencies share ("peso"), resolved by the story's country. */
    record AmbiguousCurrencyNameEntry(List<Located<String>> names, List<Located<String>> currencies) {}

    record AssetEntry(
            Located<String> code,
            Located<String> family,
            @JsonProperty("class") Located<String> assetClass,
            List<Located<String>> countries,
            Located<String> tenor,
            Located<String> base,
            Located<String> quote,
            List<Located<String>> aliases,
            List<Located<String>> cased,
            List<Located<String>> priceAliases,
            List<Located<String>> defaultFor) {}

    /** "stocks", "yields": resolved by the country of the sentence or story. */
    record GenericAssetEntry(
            @JsonProperty("class") Located<String> assetClass,
            Located<String> quote,
            Located<String> tenor,
            Boolean requiresTenor,
            List<Located<String>> aliases,
            List<Located<String>> cased) {}

    record InstitutionEntry(
            Located<String> name,
            Located<String> kind,
            Located<String> country,
            List<Located<String>> aliases,
            List<Located<String>> cased) {}

    record PersonEntry(
            Located<String> name,
            List<Located<String>> aliases,
            List<Located<String>> cased,
            List<Located<String>> roles,
            Located<String> country) {}

    record EventTypeEntry(
            Located<String> code, List<Located<String>> referenceNouns, List<Located<TriggerEntry>> triggers) {}

    /** {@code exact}: the phrases match only with these letters, not by stem ("primaries" is not "primary"). */
    record TriggerEntry(
            List<Located<String>> phrases,
            Located<String> requires,
            Boolean weak,
            Boolean exact,
            Located<Double> confidence,
            Located<String> centralBankType) {}

    /** Meetings are typed by who meets: {@code leaders} or {@code officials}. */
    record MeetingsEntry(
            Located<String> leaders,
            Located<String> officials,
            List<Located<String>> referenceNouns,
            List<Located<TriggerEntry>> triggers) {}

    /** Reporting verbs (and those of a reaction to an event), and the event types they make for each kind of speaker. */
    record SpeechEventsEntry(
            Located<String> government,
            Located<String> centralBank,
            List<Located<String>> verbs,
            List<Located<String>> reactions) {}

    record DirectionEntry(
            List<Located<String>> phrases,
            Located<String> direction,
            Located<String> magnitude,
            Located<String> syntax) {}

    record AnaphorEntry(
            List<Located<String>> phrases,
            @JsonProperty("class") Located<String> assetClass) {}

    record DatesEntry(
            Map<String, Located<List<Located<String>>>> weekdays,
            Map<String, Located<List<Located<String>>>> months,
            Map<String, Located<List<Located<String>>>> relativeDays) {}

    record TagRuleEntry(
            Located<String> tag,
            List<Located<String>> eventPrefixes,
            List<Located<String>> assetClasses,
            List<Located<String>> countriesAll,
            Located<String> risk) {}

    /** An absent list is an empty one. */
    static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An absent mapping is an empty one. */
    static <K, V> Map<K, V> mapOf(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
