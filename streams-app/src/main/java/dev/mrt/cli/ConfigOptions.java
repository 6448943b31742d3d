package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.LogLevels;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The configuration options every command that talks to Kafka shares. */
public final class ConfigOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file layered over config/application.properties (and below MRT_* environment "
                    + "variables and --set). Default: none.")
    Path configFile;

    @Option(
            names = {"-s", "--set"},
            paramLabel = "KEY=VALUE",
            description =
                    "Override one setting, highest priority; repeatable. Kafka settings take the prefix 'kafka.', "
                            + "e.g. --set kafka.num.stream.threads=2.")
    Map<String, String> settings = new LinkedHashMap<>();

    /** Loads the layered configuration; {@code extra} holds typed options of the command, above {@code --set}. */
    AppConfig load(String profile, Map<String, String> extra) {
        Map<String, String> cli = new LinkedHashMap<>(settings);
        cli.putAll(extra);
        AppConfig config = ConfigLoader.forProcess().load(profile, configFile, cli);
        LogLevels.apply(config);
        return config;
    }
}
