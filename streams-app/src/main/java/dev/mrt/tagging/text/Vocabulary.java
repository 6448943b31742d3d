package dev.mrt.tagging.text;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * The normalized words the taxonomy knows, each with a dense id, looked up by the chars of a
 * buffer: the tokenizer gets the shared String and id of a known word without allocating, and
 * the phrase trie indexes its children by id. Immutable after construction.
 */
public final class Vocabulary {
    public static final Vocabulary EMPTY = new Vocabulary(List.of());

    private final String[] words;
    private final int[] table;
    /** Hash of the word in each slot, checked before the word itself is touched. */
    private final int[] slotHash;

    private final int mask;
    /** Ids of the one-char ASCII words (punctuation), the commonest lookups. */
    private final int[] asciiIds = new int[128];

    private final int possessiveId;

    public Vocabulary(Collection<String> known) {
        // Sorted so that ids do not depend on hash iteration order.
        words = new TreeSet<>(known).toArray(String[]::new);
        int size = Integer.highestOneBit(Math.max(16, words.length * 3)) << 1;
        table = new int[size];
        slotHash = new int[size];
        java.util.Arrays.fill(table, -1);
        mask = size - 1;
        for (int id = 0; id < words.length; id++) {
            int i = words[id].hashCode() & mask;
            while (table[i] >= 0) {
                i = (i + 1) & mask;
            }
            table[i] = id;
            slotHash[i] = words[id].hashCode();
        }
        for (char c = 0; c < asciiIds.length; c++) {
            asciiIds[c] = id(String.valueOf(c));
        }
        possessiveId = id("'s");
    }

    public int asciiId(char c) {
        return asciiIds[c];
    }

    public int possessiveId() {
        return possessiveId;
    }

    public int size() {
        return words.length;
    }

    public String word(int id) {
        return words[id];
    }

    /** The id of a known word, or -1. */
    public int id(String word) {
        int i = word.hashCode() & mask;
        int id;
        while ((id = table[i]) >= 0) {
            if (words[id].equals(word)) {
                return id;
            }
            i = (i + 1) & mask;
        }
        return -1;
    }

    /**
     * The id of the known word equal to {@code buf[0, len)}, or -1.
     *
     * @param hash the word's {@link String#hashCode()} if the caller has it, else -1
     */
    public int find(char[] buf, int len, int hash) {
        int h = hash;
        if (h == -1) {
            h = 0;
            for (int k = 0; k < len; k++) {
                h = 31 * h + buf[k];
            }
        }
        int i = h & mask;
        int id;
        while ((id = table[i]) >= 0) {
            if (slotHash[i] == h) {
                String w = words[id];
                if (w.length() == len && same(w, buf, len)) {
                    return id;
                }
            }
            i = (i + 1) & mask;
        }
        return -1;
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
