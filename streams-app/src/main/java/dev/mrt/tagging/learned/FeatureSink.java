package dev.mrt.tagging.learned;

/**
 * Receives the features {@link Features} reads from an article. A feature is a name: a prefix
 * and, for words, the word (a bigram's two words with a space between). Training collects the
 * names as strings; scoring hashes the same characters with {@link FeatureHash} without
 * building them, so both see exactly the same features.
 */
interface FeatureSink {
    /** A feature with no word: {@code name}. */
    void add(String name);

    /** {@code prefix + name}. */
    void add(String prefix, String name);

    /** {@code prefix + word[0, len)}. */
    void add(String prefix, char[] word, int len);

    /** {@code prefix + first[0, firstLen) + ' ' + second[0, secondLen)}. */
    void add(String prefix, char[] first, int firstLen, char[] second, int secondLen);
}
