package dev.mrt.tagging.learned;

import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelInput;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The features of an example as names, each once, in the order read: what a trainer gives
 * OpenNLP. The scoring side hashes the very same characters ({@link Scoring}).
 */
public final class FeatureNames implements FeatureSink {
    private final Set<String> names = new LinkedHashSet<>();

    private FeatureNames() {}

    /** For the event-type classifiers: one array per sentence. */
    public static java.util.List<String[]> sentences(ModelInput in) {
        java.util.List<String[]> out = new java.util.ArrayList<>();
        char[][] buffers = Features.buffers();
        String[] types = Features.articleTypes(in);
        for (var s : in.sentences()) {
            FeatureNames f = new FeatureNames();
            Features.sentence(in, s, f, buffers, types);
            out.add(f.toArray());
        }
        return out;
    }

    /** For the note classifier: the move at {@code index} of {@code in.moves()}. */
    public static String[] move(ModelInput in, int index) {
        FeatureNames f = new FeatureNames();
        Features.move(in, index, f);
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
    public void add(String prefix, char[] word, int len) {
        names.add(prefix + new String(word, 0, len));
    }

    @Override
    public void add(String prefix, char[] first, int firstLen, char[] second, int secondLen) {
        names.add(prefix + new String(first, 0, firstLen) + ' ' + new String(second, 0, secondLen));
    }
}
