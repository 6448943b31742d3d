package dev.mrt.tagging.taxonomy;

import java.util.Locale;

/** How big the text says a move was. */
public enum Magnitude {
    SMALL,
    MODERATE,
    LARGE,
    UNSPECIFIED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Magnitude fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
