package dev.mrt.tagging;

import java.util.Arrays;
import java.util.Locale;

/**
 * Whether the tagger consults the learned layer beside its rules: the value of the setting
 * {@code tagger.model}, whose default is in {@code config/application.properties} (the measured
 * trade-off is in the README's Tagging section).
 */
public enum LearnedLayer {
    /** The rules with the model the jar ships (rules only when it was trained with another taxonomy). */
    SHIPPED,
    /** The rules alone. */
    OFF;

    /** The codes, as the setting and the {@code --model} option take them. */
    public static final String[] CODES =
            Arrays.stream(values()).map(LearnedLayer::code).toArray(String[]::new);

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LearnedLayer of(String code) {
        for (LearnedLayer l : values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        throw new IllegalArgumentException("'" + code + "' is not one of " + Arrays.toString(CODES));
    }

    /** This choice applied to a tagger loaded with the shipped model ({@link ArticleTagger#load}). */
    public ArticleTagger applyTo(ArticleTagger shipped) {
        return this == OFF ? shipped.rulesOnly() : shipped;
    }
}
