package dev.mrt.cli;

import dev.mrt.tagging.ArticleTagger;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --taxonomy DIR} of the commands that run the tagger alone, and the tagger it gives. */
final class TaxonomyOption {
    @Option(
            names = "--taxonomy",
            paramLabel = "DIR",
            description =
                    "Taxonomy directory. Default: config/taxonomy when it exists, else the copy bundled in the jar.")
    Path taxonomyDir;

    /** The tagger of this taxonomy with the shipped learned layer ({@link ArticleTagger#load}). */
    ArticleTagger load() {
        return taxonomyDir == null ? ArticleTagger.loadDefault() : ArticleTagger.load(taxonomyDir);
    }
}
