package dev.mrt.topology;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Keys on which political events and market notes meet. A note has one key: the sorted pair of
 * its asset's countries (USDCNH -> CN-US), the single country (UST -> US), or
 * {@code GLOBAL:<asset>} for assets of no country. An event is published under every pair and
 * every single country it involves, so that a CN-US event meets both a CN-US note and a US note;
 * each (event, note) pair still meets on exactly one key.
 */
public final class LinkKeys {
    public static final String GLOBAL_PREFIX = "GLOBAL:";

    private LinkKeys() {}

    public static String forNote(List<String> countries, String asset) {
        TreeSet<String> sorted = new TreeSet<>(countries);
        if (sorted.isEmpty()) {
            return GLOBAL_PREFIX + asset;
        }
        if (sorted.size() == 1) {
            return sorted.first();
        }
        return pair(sorted.first(), sorted.last());
    }

    public static List<String> forEvent(List<String> countries) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(countries));
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                keys.add(pair(sorted.get(i), sorted.get(j)));
            }
        }
        keys.addAll(sorted);
        return keys;
    }

    /** The country pairs of an event for statistics: every sorted pair, or the single country. */
    public static List<String> countryPairs(List<String> countries) {
        List<String> sorted = new ArrayList<>(new TreeSet<>(countries));
        if (sorted.size() <= 1) {
            return sorted;
        }
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(pair(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }

    /** True when the key names two countries; a pair match is stronger evidence than a single country. */
    public static boolean isPair(String key) {
        return key.length() > 2 && !key.startsWith(GLOBAL_PREFIX) && key.indexOf('-') > 0;
    }

    private static String pair(String a, String b) {
        return a + "-" + b;
    }
}
