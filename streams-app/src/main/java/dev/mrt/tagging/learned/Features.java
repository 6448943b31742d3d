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
 * what the taxonomy knows); beside them what the rules found:
 * the cues of each sentence, the event types they sighted, the classes of the moves, years
 * before the publication year. Event types are read per sentence, moves per move, links per
 * article. Names carry a prefix per kind ({@code w:} word, {@code t:} title
 * word, {@code c:} cue, {@code r:} rules' type, ...).
 */
final class Features {
    /** Present in every example: the classifier's prior. */
    static final String BIAS = "bias";

    private static final String[] CONFIDENCE = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"};

    /** Longer words are not features (they are rare, and a bounded buffer allocates nothing). */
    static final int MAX_WORD = 40;

    private Features() {}

    /**
     * One sentence, for the event-type classifiers: its words, cues and the rules' types
     * in it, where it stands (headline, first sentences), the moves stated in it, and the types the
     * rules sighted elsewhere in the article ({@code a:}).
     */
    static void sentence(ModelInput in, SentenceInput s, FeatureSink out) {
        sentence(in, Words.of(in), s, out, articleTypes(in));
    }

    /** As {@link #sentence(ModelInput, SentenceInput, FeatureSink)} with the article's parts read once. */
    static void sentence(ModelInput in, Words words, SentenceInput s, FeatureSink out, String[] articleTypes) {
        out.add(BIAS);
        out.add("s:position:", position(in, s));
        sentence(in, words, s, out, false);
        for (MoveInput m : in.moves()) {
            if (m.sentence() == s.index()) {
                out.add("mv:", m.assetClass());
            }
        }
        if (articleTypes.length > 0 && s.ruleTypes().isEmpty()) {
            out.add("a:other_sentence_has_event");
        }
    }

    /**
     * Whether a sentence may report a political event at all: the rules sighted one in it, or it
     * names a person or an institution, a trigger, a reporting verb or a
     * reference to an event. The event-type classifiers read only such sentences, in training
     * and in tagging: a sentence of market moves alone costs no lookups.
     */
    static boolean mayReportEvent(SentenceInput s) {
        if (!s.ruleTypes().isEmpty()) {
            return true;
        }
        for (String c : s.cues()) {
            if (c.startsWith("trigger:")
                    || c.startsWith("institution:")
                    || c.startsWith("person")
                    || c.startsWith("reference:")
                    || c.equals("speech_verb")) {
                return true;
            }
        }
        return false;
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
    static void move(ModelInput in, Words words, int index, FeatureSink out) {
        MoveInput m = in.moves().get(index);
        out.add(BIAS);
        out.add("n:family:", m.family());
        out.add("n:class:", m.assetClass());
        out.add("n:direction:", m.direction());
        out.add("n:modality:", m.modality());
        out.add("n:magnitude:", m.magnitude());
        out.add("n:confidence:", CONFIDENCE[(int) Math.round(Math.max(0, Math.min(1, m.confidence())) * 10)]);
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
        if (!s.ruleTypes().isEmpty()) {
            out.add("n:event_in_sentence");
        }
        if (s.cues().contains("modality:expected") || s.cues().contains("modality:conditional")) {
            out.add("n:hedged_sentence");
        }
        years(in, s, out);
        window(s, m, words, out);
    }

    /**
     * Words near the move's evidence ({@code nw:}): what is said of the move itself (the whole
     * sentence's words would cost a lookup per word per move, and say less).
     */
    private static void window(SentenceInput s, MoveInput m, Words words, FeatureSink out) {
        int from = Math.max(s.from(), m.from() - 4);
        int to = Math.min(s.to(), m.to() + 4);
        for (int i = from; i < to; i++) {
            if (words.isWord(i)) {
                out.word("nw:", words, i);
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
        int causal = 0;
        for (SentenceInput s : in.sentences()) {
            causal += s.cues().contains("causal") ? 1 : 0;
        }
        out.add("l:causal_sentences:", bucket(causal));
    }

    private static void sentence(ModelInput in, Words words, SentenceInput s, FeatureSink out, boolean title) {
        for (String c : s.cues()) {
            out.add("c:", c);
        }
        for (Map.Entry<String, Double> t : s.ruleTypes().entrySet()) {
            out.add("r:", t.getKey());
        }
        words(words, s, out, title);
        years(in, s, out);
    }

    /**
     * Words (and title words). Bigrams of adjacent words were tried: no better in cross-validation
     * on the corpus, three times the model and a lookup more per word.
     */
    private static void words(Words words, SentenceInput s, FeatureSink out, boolean title) {
        for (int i = s.from(); i < s.to(); i++) {
            if (!words.isWord(i)) {
                continue;
            }
            out.word("w:", words, i);
            if (title) {
                out.word("t:", words, i);
            }
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
}
