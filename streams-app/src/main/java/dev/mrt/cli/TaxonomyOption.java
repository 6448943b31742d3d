package dev.mrt.cli;

import dev.mrt.tagging.ArticleTagger;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --taxonomy DIR} and {@code --rules-only} of the commands that run the tagger alone, and
 * the tagger they give.
 */
final class TaxonomyOption {
    @Option(
            names = "--taxonomy",
            paramLabel = "DIR",
            description =
                    "Taxonomy directory. Default: config/taxonomy when it exists, else the copy bundled in the jar.")
    Path taxonomyDir;

    @Option(
            names = "--rules-only",
            description = "Tag with the rules alone, without the learned layer the jar ships. Default: with it.")
    boolean rulesOnly;

    /** The tagger of this taxonomy, with the shipped learned layer unless {@code --rules-only}. */
    ArticleTagger load() {
        ArticleTagger tagger = taxonomyDir == null ? ArticleTagger.loadDefault() : ArticleTagger.load(taxonomyDir);
        return rulesOnly ? tagger.rulesOnly() : tagger;
    }
}
