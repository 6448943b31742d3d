package dev.mrt.cli;

import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.LearnedLayer;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --taxonomy DIR}, {@code --model} and {@code --rules-only} of the commands that run the
 * tagger alone, and the tagger they give.
 */
final class TaxonomyOption {
    @Option(
            names = "--taxonomy",
            paramLabel = "DIR",
            description =
                    "Taxonomy directory. Default: config/taxonomy when it exists, else the copy bundled in the jar.")
    Path taxonomyDir;

    @Option(
            names = "--model",
            paramLabel = "shipped|off",
            converter = LearnedLayerConverter.class,
            description = "The learned layer beside the rules: shipped (the model in the jar) or off (rules only)."
                    + " Default: the setting tagger.model (config/application.properties, MRT_TAGGER_MODEL).")
    LearnedLayer model;

    @Option(
            names = "--rules-only",
            description = "Tag with the rules alone, without the learned layer the jar ships (--model off).")
    boolean rulesOnly;

    /** The tagger of this taxonomy, with the learned layer {@code --model} or the setting says. */
    ArticleTagger load() {
        ArticleTagger tagger = taxonomyDir == null ? ArticleTagger.loadDefault() : ArticleTagger.load(taxonomyDir);
        return layer().applyTo(tagger);
    }

    private LearnedLayer layer() {
        if (rulesOnly) {
            return LearnedLayer.OFF;
        }
        if (model != null) {
            return model;
        }
        return LearnedLayer.of(
                ConfigLoader.forProcess().load(null, null, Map.of()).string(Setting.TAGGER_MODEL));
    }
}
