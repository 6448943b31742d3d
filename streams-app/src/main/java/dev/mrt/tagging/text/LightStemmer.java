package dev.mrt.tagging.text;

/**
 * Folds inflections so that one taxonomy entry matches "rally", "rallies", "rallied" and
 * "rallying". Applied identically to taxonomy phrases and article tokens, so it only needs
 * to be consistent, not linguistically exact. Works in place on a char buffer so that the
 * tokenizer allocates nothing for words the taxonomy knows.
 */
public final class LightStemmer {
    private LightStemmer() {}

    public static String stem(String w) {
        char[] b = w.toCharArray();
        return new String(b, 0, stem(b, b.length));
    }

    /** Stems {@code w[0, n)} in place; returns the stem's length. */
    public static int stem(char[] w, int n) {
        char last = w[n - 1];
        // Only words ending in s, d or g have a suffix to strip; a trailing e is the only other change.
        if (n <= 3 || (last != 's' && last != 'd' && last != 'g' && last != 'e')) {
            return n;
        }
        int len = n;
        if (n > 4 && (ends(w, n, "ies") || ends(w, n, "ied"))) {
            w[n - 3] = 'y';
            len = n - 2;
        } else if (ends(w, n, "eed")) {
            len = n - 1;
        } else if (ends(w, n, "ing") && n - 3 >= 3 && hasVowel(w, n - 3)) {
            len = undouble(w, n - 3);
        } else if (ends(w, n, "ed") && n - 2 >= 3 && hasVowel(w, n - 2)) {
            len = undouble(w, n - 2);
        } else if (n > 4 && (ends(w, n, "ses") || ends(w, n, "xes") || ends(w, n, "ches") || ends(w, n, "shes"))) {
            len = n - 2;
        } else if (w[n - 1] == 's' && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is")) {
            len = n - 1;
        }
        if (len > 3 && w[len - 1] == 'e') {
            len--;
        }
        return len;
    }

    private static boolean ends(char[] w, int n, String suffix) {
        int k = suffix.length();
        if (n < k) {
            return false;
        }
        for (int i = 0; i < k; i++) {
            if (w[n - k + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasVowel(char[] s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s[i];
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                return true;
            }
        }
        return false;
    }

    private static int undouble(char[] s, int n) {
        if (n >= 3 && s[n - 1] == s[n - 2] && Character.isLetter(s[n - 1]) && s[n - 1] != 's') {
            return n - 1;
        }
        if (n >= 2 && s[n - 1] == 'l' && s[n - 2] == 'l') {
            return n - 1;
        }
        return n;
    }
}
