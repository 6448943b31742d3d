package dev.mrt.tagging.learned;

/**
 * 64-bit hashes of feature names, so that a model's features (hashed once at load, from their
 * names) and an article's (hashed as they are read, without building names) meet in one table.
 * A name is {@code prefix + rest}; for the word prefixes ({@link #WORD_PREFIXES}) the word is
 * hashed on its own and mixed with the prefix's hash, so that each word of an article is hashed
 * once whatever features use it. Other names are hashed whole. FNV-1a over UTF-16 chars, mixed as in MurmurHash3:
 * a collision between an article's feature and a model's is practically impossible (about 1e-15
 * per lookup).
 */
final class FeatureHash {
    static final long START = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    /** The prefixes of word features. */
    static final String[] WORD_PREFIXES = {"w:", "t:", "nw:"};

    private FeatureHash() {}

    static long word(char[] s, int len) {
        long h = START;
        for (int i = 0; i < len; i++) {
            h = (h ^ s[i]) * PRIME;
        }
        return h == 0 || h == -1 ? 1 : h;
    }

    static long whole(String s) {
        long h = START;
        for (int i = 0, n = s.length(); i < n; i++) {
            h = (h ^ s.charAt(i)) * PRIME;
        }
        return h;
    }

    static long whole(String prefix, String rest) {
        long h = whole(prefix);
        for (int i = 0, n = rest.length(); i < n; i++) {
            h = (h ^ rest.charAt(i)) * PRIME;
        }
        return h;
    }

    static long mix(long a, long b) {
        long h = a * 0x9E3779B97F4A7C15L;
        h ^= b;
        h *= 0xC2B2AE3D27D4EB4FL;
        return h ^ (h >>> 29);
    }

    /** The hash of a feature as named by {@link FeatureNames}. */
    static long ofName(String name) {
        for (String p : WORD_PREFIXES) {
            if (name.startsWith(p)) {
                return mix(whole(p), wordOf(name.substring(p.length())));
            }
        }
        return whole(name);
    }

    private static long wordOf(String w) {
        return word(w.toCharArray(), w.length());
    }
}
