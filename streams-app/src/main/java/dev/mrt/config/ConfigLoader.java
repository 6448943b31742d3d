package dev.mrt.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds an {@link AppConfig} from its layers, lowest priority first:
 * {@code config/application.properties} (the defaults) &lt; a profile such as
 * {@code config/local.properties} &lt; the file given with {@code --config} &lt; environment
 * variables {@code MRT_*} &lt; command-line options.
 *
 * <p>Files under {@code config/} are read from the working directory when there, else from the
 * copy inside the jar, so the jar runs from anywhere.
 */
public final class ConfigLoader {
    public static final String DEFAULTS_FILE = "config/application.properties";
    public static final String LOCAL_PROFILE_FILE = "config/local.properties";
    public static final String ENV_PREFIX = "MRT_";

    private final Path workingDir;
    private final Map<String, String> environment;

    public ConfigLoader(Path workingDir, Map<String, String> environment) {
        this.workingDir = workingDir;
        this.environment = environment;
    }

    public static ConfigLoader forProcess() {
        return new ConfigLoader(Path.of("").toAbsolutePath(), System.getenv());
    }

    /**
     * @param profile         a file under config/ such as {@link #LOCAL_PROFILE_FILE}, or null
     * @param userFile        the {@code --config} file, or null
     * @param commandLine     {@code key=value} settings from options, highest priority
     */
    public AppConfig load(String profile, Path userFile, Map<String, String> commandLine) {
        List<Map<String, ConfigValue>> layers = new ArrayList<>();
        layers.add(readBundled(DEFAULTS_FILE));
        if (profile != null) {
            layers.add(readBundled(profile));
        }
        if (userFile != null) {
            if (!Files.isRegularFile(userFile)) {
                throw new ConfigException(userFile + ": configuration file not found");
            }
            layers.add(readFile(userFile));
        }
        layers.add(fromEnvironment());
        Map<String, ConfigValue> cli = new LinkedHashMap<>();
        commandLine.forEach((k, v) -> cli.put(k, new ConfigValue(v, ConfigOrigin.commandLine(k))));
        layers.add(cli);
        return AppConfig.fromLayers(layers);
    }

    /** {@code MRT_HTTP_PORT} is {@code http.port}; {@code MRT_KAFKA_NUM_STREAM_THREADS} is {@code kafka.num.stream.threads}. */
    public static String keyOfEnvironmentVariable(String variable) {
        return variable.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.');
    }

    public static String environmentVariableOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private Map<String, ConfigValue> fromEnvironment() {
        Map<String, ConfigValue> out = new LinkedHashMap<>();
        environment.entrySet().stream()
                .filter(e -> e.getKey().startsWith(ENV_PREFIX) && e.getKey().length() > ENV_PREFIX.length())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> out.put(
                        keyOfEnvironmentVariable(e.getKey()),
                        new ConfigValue(e.getValue(), ConfigOrigin.environment(e.getKey()))));
        return out;
    }

    private Map<String, ConfigValue> readBundled(String relative) {
        Path onDisk = workingDir.resolve(relative);
        if (Files.isRegularFile(onDisk)) {
            return readFile(onDisk);
        }
        try (InputStream in = ConfigLoader.class.getClassLoader().getResourceAsStream(relative)) {
            if (in == null) {
                throw new ConfigException(relative + ": not found in " + workingDir + " nor inside the jar");
            }
            return PropertiesFileReader.read(in, relative + " (in the jar)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, ConfigValue> readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return PropertiesFileReader.read(in, file.toString());
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot be read: " + e.getMessage());
        }
    }
}
