package dev.mrt.tagging.learned;

import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.text.Token;

/**
 * The word forms of an article's tokens, each read at most once: its {@link FeatureHash} and, for
 * training, its text. Every classifier's word features are built from these. One per article
 * and thread.
 */
final class Words {
    private final String text;
    private final java.util.List<Token> tokens;
    /** Per token, the hash of its form, 0 until read, -1 when it is not a word feature. */
    private final long[] hash;

    private final char[] buf = new char[Features.MAX_WORD];

    private Words(ModelInput in) {
        this.text = in.text();
        this.tokens = in.tokens();
        this.hash = new long[tokens.size()];
    }

    /** The hash of the token's form (read on first use: most tokens of an article are never asked for). */
    long hash(int token) {
        long h = hash[token];
        if (h == 0) {
            Token t = tokens.get(token);
            int len = t.kind() == Token.Kind.WORD ? Features.form(text, t, buf) : 0;
            h = len > 0 ? FeatureHash.word(buf, len) : -1;
            hash[token] = h;
        }
        return h;
    }

    static Words of(ModelInput in) {
        return new Words(in);
    }

    boolean isWord(int token) {
        return hash(token) != -1;
    }

    /** The form's text (for training; scoring uses {@link #hash}). */
    String form(int token) {
        char[] buf = new char[Features.MAX_WORD];
        int len = Features.form(text, tokens.get(token), buf);
        return new String(buf, 0, len);
    }
}
