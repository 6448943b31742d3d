package dev.mrt.tagging.learned;

import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.model.MoveInput;
import dev.mrt.tagging.model.SentenceInput;
import dev.mrt.tagging.text.LightStemmer;
import dev.mrt.tagging.text.Token;
import java.util.Map;

/**
 * The features each classifier reads, the same for training and tagging. Words are the
 * lower-cased, stemmed forms of the text's words (read from the text, so they do not depend on
 * what the taxonomy knows), with bigrams of adjacent words; beside them what the rules found:
 * the cues of each sentence, the event types they sighted, the classes of the moves, years
 * before the publication year. Event types are read per sentence, moves per move, links per
 * article. Names carry a prefix per kind ({@code w:} word, {@code t:} title
 * word, {@code b:} bigram, {@code c:} cue, {@code r:} rules' type, ...).
 */
final class Features {
    /** Present in every example: the classifier's prior. */
    static final String BIAS = "bias";

    /** Longer words are not features (they are rare, and a bounded buffer allocates nothing). */
    static final int MAX_WORD = 40;

    private Features() {}

    /**
     * One sentence, for the event-type classifiers: its words, bigrams, cues and the rules' types
     * in it, where it stands (headline, first sentences), the moves stated in it, and the types the
     * rules sighted elsewhere in the article ({@code a:}).
     */
    static void sentence(ModelInput in, SentenceInput s, FeatureSink out) {
        sentence(in, s, out, buffers(), articleTypes(in));
    }

    /** As {@link #sentence(ModelInput, SentenceInput, FeatureSink)} with the article's parts computed once. */
    static void sentence(ModelInput in, SentenceInput s, FeatureSink out, char[][] buffers, String[] articleTypes) {
        out.add(BIAS);
        out.add("s:position:", position(in, s));
        sentence(in, s, out, false, buffers);
        for (MoveInput m : in.moves()) {
            if (m.sentence() == s.index()) {
                out.add("mv:", m.assetClass());
            }
        }
        for (String t : articleTypes) {
            if (!s.ruleTypes().containsKey(t)) {
                out.add("a:", t);
            }
        }
    }

    /** The event types the rules sighted anywhere in the article. */
    static String[] articleTypes(ModelInput in) {
        java.util.TreeSet<String> types = new java.util.TreeSet<>();
        for (SentenceInput s : in.sentences()) {
            types.addAll(s.ruleTypes().keySet());
        }
        return types.toArray(new String[0]);
    }

    /** One market move, for the classifier that decides whether it is a note of the story. */
    static void move(ModelInput in, int index, FeatureSink out) {
        MoveInput m = in.moves().get(index);
        out.add(BIAS);
        out.add("n:family:", m.family());
        out.add("n:class:", m.assetClass());
        out.add("n:direction:", m.direction());
        out.add("n:modality:", m.modality());
        out.add("n:magnitude:", m.magnitude());
        out.add("n:class_direction:", m.assetClass() + "/" + m.direction());
        out.add("n:class_modality:", m.assetClass() + "/" + m.modality());
        out.add("n:confidence:", Integer.toString((int) Math.round(m.confidence() * 10)));
        SentenceInput s = in.sentences().get(m.sentence());
        out.add(s.title() ? "n:title" : "n:body");
        out.add("n:position:", position(in, s));
        out.add("n:stated:", Integer.toString(Math.min(3, m.sentences().size())));
        boolean events = false;
        for (SentenceInput other : in.sentences()) {
            events |= !other.ruleTypes().isEmpty();
        }
        out.add(events ? "n:events" : "n:no_events");
        int sameFamily = 0;
        boolean otherDirection = false;
        boolean inTitle = false;
        for (MoveInput o : in.moves()) {
            if (o.family().equals(m.family())) {
                sameFamily++;
                otherDirection |= !o.direction().equals(m.direction());
                inTitle |= in.sentences().get(o.sentence()).title();
            }
        }
        out.add("n:moves:", bucket(in.moves().size()));
        out.add("n:same_family:", bucket(sameFamily));
        if (otherDirection) {
            out.add("n:other_direction");
        }
        if (inTitle && !s.title()) {
            out.add("n:family_in_title");
        }
        char[][] buffers = buffers();
        sentence(in, s, out, false, buffers);
        window(in, s, m, out, buffers);
    }

    /** Words near the move's evidence ({@code nw:}): what is said of the move itself. */
    private static void window(ModelInput in, SentenceInput s, MoveInput m, FeatureSink out, char[][] buffers) {
        int from = Math.max(s.from(), m.from() - 4);
        int to = Math.min(s.to(), m.to() + 4);
        for (int i = from; i < to; i++) {
            Token t = in.tokens().get(i);
            int len = t.kind() == Token.Kind.WORD ? form(in.text(), t, buffers[0]) : 0;
            if (len > 0) {
                out.add("nw:", buffers[0], len);
            }
        }
    }

    /** The article's events and notes as decided, for the classifier that decides whether they are linked. */
    static void links(ModelInput in, LinkInput links, FeatureSink out) {
        out.add(BIAS);
        if (links.bases().isEmpty()) {
            out.add("l:no_link");
        }
        for (String b : links.bases()) {
            out.add("l:basis:", b);
        }
        for (String t : links.eventTypes()) {
            out.add("l:event:", t);
        }
        for (int n : links.notes()) {
            MoveInput m = in.moves().get(n);
            out.add("l:class:", m.assetClass());
            out.add("l:modality:", m.modality());
        }
        out.add("l:events:", bucket(links.eventTypes().size()));
        out.add("l:notes:", bucket(links.notes().size()));
        char[][] buffers = buffers();
        for (SentenceInput s : in.sentences()) {
            for (String c : s.cues()) {
                out.add("c:", c);
            }
            words(in, s, out, false, false, buffers);
        }
    }

    private static void sentence(ModelInput in, SentenceInput s, FeatureSink out, boolean title, char[][] buffers) {
        for (String c : s.cues()) {
            out.add("c:", c);
            if (title) {
                out.add("ct:", c);
            }
        }
        for (Map.Entry<String, Double> t : s.ruleTypes().entrySet()) {
            out.add("r:", t.getKey());
            if (title) {
                out.add("rt:", t.getKey());
            }
        }
        words(in, s, out, title, true, buffers);
        years(in, s, out);
    }

    /** Words (and title words) and bigrams of adjacent words; numbers and punctuation break a bigram. */
    private static void words(
            ModelInput in, SentenceInput s, FeatureSink out, boolean title, boolean bigrams, char[][] buffers) {
        char[] previous = buffers[0];
        char[] current = buffers[1];
        int previousLength = 0;
        String text = in.text();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = in.tokens().get(i);
            int len = t.kind() == Token.Kind.WORD ? form(text, t, current) : 0;
            if (len <= 0) {
                previousLength = 0;
                continue;
            }
            out.add("w:", current, len);
            if (title) {
                out.add("t:", current, len);
            }
            if (bigrams && previousLength > 0) {
                out.add("b:", previous, previousLength, current, len);
            }
            char[] swap = previous;
            previous = current;
            current = swap;
            previousLength = len;
        }
    }

    /** A year written in the sentence, before or in the year of publication: history or the news. */
    private static void years(ModelInput in, SentenceInput s, FeatureSink out) {
        if (in.published() == null) {
            return;
        }
        int published = in.published().getYear();
        String text = in.text();
        for (int i = s.from(); i < s.to(); i++) {
            Token t = in.tokens().get(i);
            if (t.kind() == Token.Kind.NUMBER && t.end() - t.start() == 4) {
                int year = 0;
                for (int k = t.start(); k < t.end(); k++) {
                    year = year * 10 + (text.charAt(k) - '0');
                }
                if (year >= 1900 && year < published) {
                    out.add("y:before");
                } else if (year == published) {
                    out.add("y:same");
                }
            }
        }
    }

    /**
     * The word's form: lower case, apostrophes as {@code '}, an acronym's periods dropped, other
     * words stemmed as the tagger stems them. @return its length, or 0 when it is not a feature
     */
    static int form(String text, Token t, char[] buf) {
        int len = 0;
        boolean acronym = false;
        for (int i = t.start(); i < t.end(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                acronym = true;
                continue;
            }
            if (len == buf.length) {
                return 0;
            }
            buf[len++] = c < 128
                    ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
        }
        return acronym || len == 0 ? len : LightStemmer.stem(buf, len);
    }

    private static String position(ModelInput in, SentenceInput s) {
        if (s.title()) {
            return "title";
        }
        int body = s.index();
        for (SentenceInput o : in.sentences()) {
            if (o.title()) {
                body--;
            }
        }
        return body == 0 ? "0" : body == 1 ? "1" : body <= 3 ? "2-3" : "4+";
    }

    private static String bucket(int n) {
        return n <= 2 ? Integer.toString(n) : n <= 4 ? "3-4" : "5+";
    }

    static char[][] buffers() {
        return new char[][] {new char[MAX_WORD], new char[MAX_WORD]};
    }
}
