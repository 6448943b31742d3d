package dev.mrt.cli;

import dev.mrt.tagging.ArticleTagger;
import java.nio.file.Path;

/** The tagger for a `--taxonomy DIR` option: that directory, or the default taxonomy. */
final class TaggerLoading {
    private TaggerLoading() {}

    static ArticleTagger load(Path taxonomyDir) {
        return taxonomyDir == null ? ArticleTagger.loadDefault() : ArticleTagger.load(taxonomyDir);
    }
}
