package dev.mrt.tagging.taxonomy;

import java.util.Locale;
import java.util.Optional;

/**
 * The asset classes of the contract. A closed list: code reads their meaning (a bond named by
 * its price moves against its yield; spread words describe only spreads; anaphors refer to a
 * class), so a new class is a change of the tagger, not of the taxonomy.
 */
public enum AssetClass {
    BOND_YIELD,
    SPREAD,
    FX,
    EQUITY,
    COMMODITY,
    CRYPTO,
    VOLATILITY,
    SENTIMENT;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case code the taxonomy files use. */
    public String code() {
        return code;
    }

    public static Optional<AssetClass> fromCode(String code) {
        for (AssetClass c : values()) {
            if (c.code().equals(code)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
