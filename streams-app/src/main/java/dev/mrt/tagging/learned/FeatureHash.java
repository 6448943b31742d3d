package dev.mrt.tagging.learned;

/**
 * 64-bit FNV-1a over the UTF-16 chars of a feature name, fed piece by piece: a model's feature
 * names, hashed once at load, and the features of an article, hashed as they are read, meet
 * in one table without a String per feature. 64 bits make a collision between an article's
 * word and a model's feature practically impossible (about 1e-15 per lookup).
 */
final class FeatureHash {
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private FeatureHash() {}

    static long add(long h, char c) {
        return (h ^ c) * PRIME;
    }

    static long add(long h, String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long add(long h, char[] s, int len) {
        for (int i = 0; i < len; i++) {
            h = (h ^ s[i]) * PRIME;
        }
        return h;
    }

    static long of(String s) {
        return add(START, s);
    }
}
