package dev.mrt.tagging;

/**
 * Folds inflections so that one taxonomy entry matches "rally", "rallies", "rallied" and
 * "rallying". Applied identically to taxonomy phrases and article tokens, so it only needs
 * to be consistent, not linguistically exact.
 */
final class LightStemmer {
    private LightStemmer() {
    }

    static String stem(String w) {
        int n = w.length();
        if (n <= 3 || !Character.isLetter(w.charAt(n - 1))) {
            return w;
        }
        String s = w;
        if (s.endsWith("ies") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("ied") && n > 4) {
            s = s.substring(0, n - 3) + "y";
        } else if (s.endsWith("eed")) {
            s = s.substring(0, n - 1);
        } else if (s.endsWith("ing") && n - 3 >= 3 && hasVowel(s, n - 3)) {
            s = undouble(s.substring(0, n - 3));
        } else if (s.endsWith("ed") && n - 2 >= 3 && hasVowel(s, n - 2)) {
            s = undouble(s.substring(0, n - 2));
        } else if (s.endsWith("es") && n > 4 && (s.endsWith("ses") || s.endsWith("xes") || s.endsWith("ches") || s.endsWith("shes"))) {
            s = s.substring(0, n - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is")) {
            s = s.substring(0, n - 1);
        }
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    private static boolean hasVowel(String s, int end) {
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') {
                return true;
            }
        }
        return false;
    }

    private static String undouble(String s) {
        int n = s.length();
        if (n >= 3 && s.charAt(n - 1) == s.charAt(n - 2) && Character.isLetter(s.charAt(n - 1))
                && s.charAt(n - 1) != 's') {
            return s.substring(0, n - 1);
        }
        if (n >= 2 && s.charAt(n - 1) == 'l' && s.charAt(n - 2) == 'l') {
            return s.substring(0, n - 1);
        }
        return s;
    }
}
