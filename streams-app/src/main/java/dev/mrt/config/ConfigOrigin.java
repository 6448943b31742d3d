package dev.mrt.config;

/**
 * Where a configuration value came from, so an error can point the user at it.
 *
 * @param source a file path, "environment variable MRT_X", "command line", or "built-in"
 * @param line   1-based line in a file, or 0 when not from a file
 */
public record ConfigOrigin(String source, int line) {

    public static ConfigOrigin file(String path, int line) {
        return new ConfigOrigin(path, line);
    }

    public static ConfigOrigin environment(String variable) {
        return new ConfigOrigin("environment variable " + variable, 0);
    }

    public static ConfigOrigin commandLine(String option) {
        return new ConfigOrigin("command line " + option, 0);
    }

    public String describe() {
        return line > 0 ? source + ":" + line : source;
    }
}
