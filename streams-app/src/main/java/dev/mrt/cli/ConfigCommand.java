package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.SerdeSetting;
import dev.mrt.config.Setting;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Shows the settings: what exists, or what a run would use and where each value came from. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        header = "Print the effective configuration, or every known setting.",
        description = "Prints each setting a run would use with where its value came from (file and line, "
                + "environment variable or option; secrets hidden); with --list, every setting the application "
                + "knows, with its environment variable and meaning.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar market-reaction-tagger.jar config --local",
            "  java -jar market-reaction-tagger.jar config --list"
        })
public final class ConfigCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions config;

    @Option(names = "--list", description = "List every known setting with its environment variable and meaning.")
    boolean list;

    @Option(names = "--local", description = "Show the configuration of local mode (with config/local.properties).")
    boolean local;

    @Override
    public Integer call() {
        if (list) {
            for (Setting s : Setting.values()) {
                System.out.printf("%-28s %-32s %s%n", s.key(), ConfigLoader.environmentVariableOf(s.key()), s.doc());
            }
            for (SerdeSetting s : SerdeSetting.values()) {
                if (Setting.byKey(s.key()).isPresent()) {
                    continue; // schema.registry.url: an application setting too, listed above
                }
                String defaultValue = s.defaultValue() == null ? "" : " Default: " + s.defaultValue() + ".";
                System.out.printf(
                        "%-28s %-32s %s%s%n",
                        s.key(), ConfigLoader.environmentVariableOf(s.key()), s.doc(), defaultValue);
            }
            System.out.printf(
                    "%-28s %-32s %s%n",
                    Setting.KAFKA_PREFIX + "<name>",
                    "MRT_KAFKA_<NAME>",
                    "Any Kafka client or Kafka Streams setting, passed through.");
            return 0;
        }
        AppConfig cfg = config.load(local ? ConfigLoader.LOCAL_PROFILE_FILE : null, Map.of());
        cfg.redacted()
                .forEach((k, v) ->
                        System.out.printf("%s=%s    # %s%n", k, v, cfg.origin(k).describe()));
        return 0;
    }
}
