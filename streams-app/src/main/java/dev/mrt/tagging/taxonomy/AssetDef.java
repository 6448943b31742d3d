package dev.mrt.tagging.taxonomy;

import java.util.List;

/**
 * An asset code of the taxonomy.
 *
 * @param family      the family code (itself for a family or a stand-alone asset)
 * @param countries   countries the asset belongs to (link keys, stats), sorted
 * @param tenor       e.g. 10Y for a bond yield member, else null
 * @param base        FX base currency (EURUSD: EUR), else null
 * @param quote       FX quote currency (EURUSD: USD), else null
 * @param defaultFor  countries whose generic "stocks" / "bonds" mean this asset
 */
public record AssetDef(
        String code,
        String family,
        AssetClass assetClass,
        List<String> countries,
        String tenor,
        String base,
        String quote,
        List<String> defaultFor) {
    public AssetDef {
        countries = countries.stream().sorted().distinct().toList();
        defaultFor = List.copyOf(defaultFor);
    }
}
