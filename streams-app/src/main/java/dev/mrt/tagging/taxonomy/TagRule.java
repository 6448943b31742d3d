package dev.mrt.tagging.taxonomy;

import java.util.List;

/**
 * A document tag and when it applies; every non-empty condition must hold.
 *
 * @param eventPrefixes event type prefixes, any of which must be present
 * @param assetClasses  asset classes, any of which must be noted
 * @param countriesAll  countries that must all be involved (events and notes)
 * @param risk          direction of a risk-sentiment note ({@link AssetClass#SENTIMENT}), or null
 */
public record TagRule(
        String tag,
        List<String> eventPrefixes,
        List<AssetClass> assetClasses,
        List<String> countriesAll,
        Direction risk) {
    public TagRule {
        eventPrefixes = List.copyOf(eventPrefixes);
        assetClasses = List.copyOf(assetClasses);
        countriesAll = List.copyOf(countriesAll);
    }
}
