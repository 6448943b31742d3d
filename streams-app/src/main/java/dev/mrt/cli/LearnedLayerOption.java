package dev.mrt.cli;

import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.LearnedLayer;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * {@code --model} and {@code --rules-only} of {@code tag} and {@code evaluate}: whether the tagger
 * consults the learned layer, by default as the setting {@code tagger.model} says.
 */
final class LearnedLayerOption {
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

    /** The tagger with the learned layer these options, or else the setting, choose. */
    ArticleTagger applyTo(ArticleTagger shipped) {
        return layer().applyTo(shipped);
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
