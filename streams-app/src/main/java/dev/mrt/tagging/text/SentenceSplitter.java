package dev.mrt.tagging.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits tokens into sentences: at terminal punctuation followed by something that can start
 * a sentence, and at every line break (headlines and bylines carry no period). Abbreviations
 * from the taxonomy ("Mr.", "Jan.") and initials do not end a sentence.
 */
public final class SentenceSplitter {
    private final Set<String> abbreviations;

    public SentenceSplitter(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int n = tokens.size();
        int from = 0;
        int paragraph = 0;
        int sentenceParagraph = 0;
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (i > from && t.newlines() > 0) {
                out.add(new Sentence(out.size(), from, i, sentenceParagraph));
                from = i;
            }
            if (i == from) {
                if (t.newlines() >= 2) {
                    paragraph++;
                }
                sentenceParagraph = paragraph;
            }
            if (isTerminal(text, t)) {
                int end = i + 1;
                while (end < n && tokens.get(end).newlines() == 0 && isCloser(tokens.get(end))) {
                    end++;
                }
                boolean boundary = end >= n || tokens.get(end).newlines() > 0 || startsSentence(tokens.get(end));
                if (boundary && text.charAt(t.start()) == '.' && i > from && isAbbreviation(tokens.get(i - 1), t)) {
                    boundary = end >= n || tokens.get(end).newlines() > 0;
                }
                if (boundary) {
                    out.add(new Sentence(out.size(), from, end, sentenceParagraph));
                    from = end;
                    i = end - 1;
                }
            }
        }
        if (from < n) {
            out.add(new Sentence(out.size(), from, n, sentenceParagraph));
        }
        return out;
    }

    private static boolean isTerminal(String text, Token t) {
        if (!t.isPunct()) {
            return false;
        }
        char c = text.charAt(t.start());
        return c == '.' || c == '!' || c == '?' || c == '\u2026';
    }

    private static boolean isCloser(Token t) {
        String s = t.norm();
        return t.isPunct() && (s.equals("\"") || s.equals(")") || s.equals("'") || s.equals("]"));
    }

    private static boolean startsSentence(Token t) {
        return t.capitalized() || t.kind() == Token.Kind.NUMBER || t.isPunct();
    }

    private boolean isAbbreviation(Token before, Token period) {
        if (before.end() != period.start() || before.kind() != Token.Kind.WORD) {
            return false;
        }
        int len = before.end() - before.start();
        // The raw word must be the abbreviation itself: "June" stems to "jun" but is no abbreviation.
        return (len == 1 && before.capitalized())
                || (len == before.norm().length() && abbreviations.contains(before.norm()));
    }
}
