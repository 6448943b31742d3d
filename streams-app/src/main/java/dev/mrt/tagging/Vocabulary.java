package dev.mrt.tagging;

import java.util.Collection;

/**
 * The normalized words the taxonomy knows, looked up by the chars of a buffer: the tokenizer
 * gets the one shared String for a known word (hash already cached for the phrase trie) and
 * allocates only for words the taxonomy does not know. Immutable after construction.
 */
final class Vocabulary {
    static final Vocabulary EMPTY = new Vocabulary(java.util.List.of());

    private final String[] table;
    private final int mask;

    Vocabulary(Collection<String> words) {
        int size = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
        table = new String[size];
        mask = size - 1;
        for (String w : words) {
            int i = w.hashCode() & mask;
            while (table[i] != null && !table[i].equals(w)) {
                i = (i + 1) & mask;
            }
            table[i] = w;
        }
    }

    boolean contains(String word) {
        int i = word.hashCode() & mask;
        String w;
        while ((w = table[i]) != null) {
            if (w == word || w.equals(word)) {
                return true;
            }
            i = (i + 1) & mask;
        }
        return false;
    }

    /** The known word equal to {@code buf[0, len)}, or null. */
    String find(char[] buf, int len) {
        int h = 0;
        for (int k = 0; k < len; k++) {
            h = 31 * h + buf[k];
        }
        int i = h & mask;
        String w;
        while ((w = table[i]) != null) {
            if (w.length() == len && same(w, buf, len)) {
                return w;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    private static boolean same(String w, char[] buf, int len) {
        for (int k = 0; k < len; k++) {
            if (w.charAt(k) != buf[k]) {
                return false;
            }
        }
        return true;
    }
}
