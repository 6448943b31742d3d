package dev.mrt.tagging.taxonomy;

/** A currency: ISO code and the country whose currency it is. */
public record CurrencyDef(String code, String country) {}
