package dev.mrt.cli;

import dev.mrt.config.ValueType;
import java.time.Duration;
import picocli.CommandLine;

/** Command-line durations read like configuration durations: 30s, 5m, 1h, 7d or PT1H. */
public final class DurationConverter implements CommandLine.ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
        try {
            return ValueType.DURATION.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
