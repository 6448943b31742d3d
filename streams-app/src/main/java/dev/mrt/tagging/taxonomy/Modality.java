package dev.mrt.tagging.taxonomy;

import java.util.Locale;

/** Whether a move happened, is expected, or depends on a condition. */
public enum Modality {
    REALIZED,
    EXPECTED,
    CONDITIONAL;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
