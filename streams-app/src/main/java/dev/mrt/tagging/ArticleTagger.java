package dev.mrt.tagging;

import java.util.List;

/**
 * Turns article text into {@link Tags}. Thread-safe; build once at start-up, call per record.
 *
 * <p>Placeholder of the Foundation issue: finds nothing. The tagging-engine issue replaces it
 * with the taxonomy-driven engine (loaded from {@code config/taxonomy}).
 */
public final class ArticleTagger {
    private final String taxonomyVersion;

    private ArticleTagger(String taxonomyVersion) {
        this.taxonomyVersion = taxonomyVersion;
    }

    /** The tagger for the default taxonomy. */
    public static ArticleTagger loadDefault() {
        return new ArticleTagger("0.0.0");
    }

    public Tags tag(ArticleText article) {
        return new Tags(List.of(), List.of(), List.of(), List.of(), taxonomyVersion, TaggerVersion.get());
    }

    public String taxonomyVersion() {
        return taxonomyVersion;
    }

    public String taggerVersion() {
        return TaggerVersion.get();
    }
}
