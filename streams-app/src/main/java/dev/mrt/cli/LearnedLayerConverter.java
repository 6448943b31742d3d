package dev.mrt.cli;

import dev.mrt.tagging.LearnedLayer;
import picocli.CommandLine;

/** {@code --model} reads the codes of the setting {@code tagger.model}: shipped or off. */
public final class LearnedLayerConverter implements CommandLine.ITypeConverter<LearnedLayer> {
    @Override
    public LearnedLayer convert(String value) {
        try {
            return LearnedLayer.of(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
