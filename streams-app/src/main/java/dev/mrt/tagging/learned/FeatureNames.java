package dev.mrt.tagging.learned;

import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelInput;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The features of an example as names, each once, in the order read: what a trainer gives
 * OpenNLP. The scoring side hashes the same names ({@link Scoring}, {@link FeatureHash#ofName}).
 */
public final class FeatureNames implements FeatureSink {
    private final Set<String> names = new LinkedHashSet<>();

    private FeatureNames() {}

    /** For the event-type classifiers: one array per sentence, null for one they do not read. */
    public static java.util.List<String[]> sentences(ModelInput in) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        Words words = Words.of(in);
        String[] types = Features.articleTypes(in);
        for (var s : in.sentences()) {
            if (!Features.mayReportEvent(s)) {
                out.add(null);
                continue;
            }
            FeatureNames f = new FeatureNames();
            Features.sentence(in, words, s, f, types);
            out.add(f.toArray());
        }
        return out;
    }

    /** For the note classifier: the move at {@code index} of {@code in.moves()}. */
    public static String[] move(ModelInput in, int index) {
        FeatureNames f = new FeatureNames();
        Features.move(in, Words.of(in), index, f);
        return f.toArray();
    }

    /** For the link classifier. */
    public static String[] links(ModelInput in, LinkInput links) {
        FeatureNames f = new FeatureNames();
        Features.links(in, links, f);
        return f.toArray();
    }

    private String[] toArray() {
        return names.toArray(new String[0]);
    }

    @Override
    public void add(String name) {
        names.add(name);
    }

    @Override
    public void add(String prefix, String name) {
        names.add(prefix + name);
    }

    @Override
    public void word(String prefix, Words words, int token) {
        names.add(prefix + words.form(token));
    }
}
