package dev.mrt.cli;

import dev.mrt.tagging.ArticleTagger;
import java.nio.file.Path;

/**
 * The tagger for a `--taxonomy DIR` option: that directory, or the default taxonomy; with the
 * shipped model unless rules only are asked for.
 */
final class TaggerLoading {
    private TaggerLoading() {}

    static ArticleTagger load(Path taxonomyDir) {
        return load(taxonomyDir, false);
    }

    static ArticleTagger load(Path taxonomyDir, boolean rulesOnly) {
        ArticleTagger tagger = taxonomyDir == null ? ArticleTagger.loadDefault() : ArticleTagger.load(taxonomyDir);
        return rulesOnly ? tagger.rulesOnly() : tagger;
    }
}
