package dev.mrt.config;

/** A configuration problem, with the place it came from (file and line, env var, or option). */
public final class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    static ConfigException at(ConfigOrigin origin, String key, String problem) {
        return new ConfigException(origin.describe() + ": key '" + key + "': " + problem);
    }
}
