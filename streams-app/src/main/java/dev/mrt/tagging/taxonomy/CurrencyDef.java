package dev.mrt.tagging.taxonomy;

/**
 * A currency: ISO code, the country whose currency it is, and the currency its moves are
 * measured against when the text names none (null: the dollar).
 */
public record CurrencyDef(String code, String country, String quotedAgainst) {}
