package dev.mrt.tagging.taxonomy;

import dev.mrt.tagging.text.Token;
import dev.mrt.tagging.text.Tokenizer;
import dev.mrt.tagging.text.Vocabulary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over normalized tokens. Matching takes, at each position, the longest phrase that
 * starts there, then continues after it: cost is linear in the number of tokens (bounded by
 * the longest phrase), with no backtracking. Cased phrases ("US", "Fed") also require the
 * exact letters of the original text.
 */
public final class PhraseMatcher {
    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        /** After {@link #compile}: children by vocabulary id, keys sorted for binary search. */
        int[] childIds = new int[0];

        Node[] children = new Node[0];
        List<Entry> entries;
        /** Concepts of the entries that need no case check, shared by every match of this node. */
        List<Concept> uncased = List.of();

        long uncasedKinds;
        boolean hasChecked;
    }

    /**
     * @param letters    the letters the text must show, or null for a stemmed match
     * @param ignoreCase compare {@code letters} ignoring case (words listed with every
     *                   inflection, where stemming would only add collisions: "notes" is not "not")
     */
    private record Entry(Concept concept, String letters, boolean ignoreCase) {}

    /** How a phrase must match: by stems, by exact letters and case, or by exact letters in any case. */
    public enum Match {
        STEMMED,
        CASED,
        EXACT
    }

    private final Node root = new Node();
    /** The root's children indexed directly by vocabulary id. */
    private Node[] rootById = new Node[0];

    /** Indexes every node's children by the vocabulary's ids; call once, after the last {@link #add}. */
    public void compile(Vocabulary vocabulary) {
        rootById = new Node[vocabulary.size()];
        root.next.forEach((w, n) -> rootById[vocabulary.id(w)] = n);
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>(root.next.values());
        while (!pending.isEmpty()) {
            Node n = pending.poll();
            java.util.TreeMap<Integer, Node> byId = new java.util.TreeMap<>();
            n.next.forEach((w, c) -> byId.put(vocabulary.id(w), c));
            n.childIds = byId.keySet().stream().mapToInt(Integer::intValue).toArray();
            n.children = byId.values().toArray(Node[]::new);
            pending.addAll(n.next.values());
        }
    }

    private static Node child(Node n, int id) {
        int k = java.util.Arrays.binarySearch(n.childIds, id);
        return k >= 0 ? n.children[k] : null;
    }

    /** Adds a phrase; returns its normalized key (token norms joined by spaces). */
    public String add(String phrase, Concept concept, boolean cased) {
        return add(phrase, concept, cased ? Match.CASED : Match.STEMMED);
    }

    public String add(String phrase, Concept concept, Match match) {
        boolean cased = match != Match.STEMMED;
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            throw new IllegalArgumentException("empty phrase");
        }
        Node node = root;
        for (Token t : tokens) {
            node = node.next.computeIfAbsent(t.norm(), k -> new Node());
        }
        if (node.entries == null) {
            node.entries = new ArrayList<>(1);
        }
        Entry entry = new Entry(concept, letters(phrase, match), match == Match.EXACT);
        if (!node.entries.contains(entry)) {
            node.entries.add(entry);
            if (cased) {
                node.hasChecked = true;
            } else {
                List<Concept> u = new ArrayList<>(node.uncased);
                u.add(concept);
                node.uncased = List.copyOf(u);
                node.uncasedKinds = Mention.kindsOf(node.uncased);
            }
        }
        return key(phrase, match);
    }

    /**
     * What a phrase matches, as a string: its token norms joined by spaces, after the exact
     * letters for cased and exact phrases. Two phrases with one key match the same text.
     */
    public static String key(String phrase, Match match) {
        StringBuilder key = new StringBuilder();
        for (Token t : Tokenizer.tokenize(phrase)) {
            if (key.length() > 0) {
                key.append(' ');
            }
            key.append(t.norm());
        }
        return (match == Match.CASED
                        ? "cased:" + letters(phrase, match)
                        : match == Match.EXACT ? "exact:" + letters(phrase, match) : "")
                + key;
    }

    /** The letters a cased or exact phrase must show (exact ones in lower case), or null for a stemmed one. */
    private static String letters(String phrase, Match match) {
        if (match == Match.STEMMED) {
            return null;
        }
        String letters = letters(phrase, 0, phrase.length());
        return match == Match.EXACT ? letters.toLowerCase(java.util.Locale.ROOT) : letters;
    }

    public List<Mention> match(String text, List<Token> tokens, int from, int to) {
        List<Mention> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            Mention best = longest(text, tokens, i, to);
            // "The S&P Merval index": a phrase led by an article ("the S&P") yields to a longer
            // phrase that starts right after the article and reaches further.
            if (best != null && ARTICLES.contains(tokens.get(i).norm()) && i + 1 < to) {
                Mention inner = longest(text, tokens, i + 1, to);
                if (inner != null && inner.to() > best.to()) {
                    best = null;
                }
            }
            if (best != null) {
                out.add(best);
                i = best.to();
            } else {
                i++;
            }
        }
        return out;
    }

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("the", "a", "an");

    /** The longest phrase starting at token {@code i}, or null. */
    private Mention longest(String text, List<Token> tokens, int i, int to) {
        Node node = root;
        int bestEnd = -1;
        List<Concept> best = null;
        long bestKinds = 0;
        for (int j = i; j < to; j++) {
            int id = tokens.get(j).id();
            node = id < 0 ? null : node == root ? rootById[id] : child(node, id);
            if (node == null) {
                break;
            }
            if (node.entries != null) {
                List<Concept> accepted = node.hasChecked ? accept(node.entries, text, tokens, i, j + 1) : node.uncased;
                if (!accepted.isEmpty()) {
                    bestEnd = j + 1;
                    best = accepted;
                    bestKinds = node.hasChecked ? Mention.kindsOf(accepted) : node.uncasedKinds;
                }
            }
        }
        return best == null ? null : new Mention(i, bestEnd, best, bestKinds);
    }

    /** Every normalized token that some phrase contains. */
    public java.util.Set<String> words() {
        java.util.Set<String> out = new java.util.HashSet<>();
        java.util.ArrayDeque<Node> pending = new java.util.ArrayDeque<>();
        pending.add(root);
        while (!pending.isEmpty()) {
            Node n = pending.poll();
            out.addAll(n.next.keySet());
            pending.addAll(n.next.values());
        }
        return out;
    }

    private static List<Concept> accept(List<Entry> entries, String text, List<Token> tokens, int from, int to) {
        List<Concept> out = new ArrayList<>(entries.size());
        int start = tokens.get(from).start();
        int end = tokens.get(to - 1).end();
        for (Entry e : entries) {
            if (e.letters() == null || sameLetters(text, start, end, e.letters(), e.ignoreCase())) {
                out.add(e.concept());
            }
        }
        return out;
    }

    /** The letters and digits of text[start, end) are exactly {@code letters}, case included. */
    private static boolean sameLetters(String text, int start, int end, String letters, boolean ignoreCase) {
        int k = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (ignoreCase) {
                    c = Character.toLowerCase(c);
                }
                if (k >= letters.length() || letters.charAt(k) != c) {
                    return false;
                }
                k++;
            }
        }
        return k == letters.length();
    }

    private static String letters(String text, int start, int end) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
