package dev.mrt.tagging.learned;

/**
 * Receives the features {@link Features} reads from an article, by name: training collects the
 * names as strings ({@link FeatureNames}); scoring hashes them as {@link FeatureHash#ofName}
 * would without building them ({@link Scoring}), so both see exactly the same features.
 */
interface FeatureSink {
    /** A feature named {@code name}. */
    void add(String name);

    /** {@code prefix + name}. */
    void add(String prefix, String name);

    /** {@code prefix + form of token}; {@code prefix} is one of {@link FeatureHash#WORD_PREFIXES}. */
    void word(String prefix, Words words, int token);
}
