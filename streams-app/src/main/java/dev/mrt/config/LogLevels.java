package dev.mrt.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Applies the {@code log.level} setting to the application's loggers once configuration is known. */
public final class LogLevels {
    private static final String APP_LOGGER = "dev.mrt";

    private LogLevels() {}

    public static void apply(AppConfig config) {
        if (LoggerFactory.getLogger(APP_LOGGER) instanceof Logger logback) {
            logback.setLevel(Level.toLevel(config.string(Setting.LOG_LEVEL), Level.INFO));
        }
    }
}
