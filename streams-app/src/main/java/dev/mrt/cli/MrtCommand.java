package dev.mrt.cli;

import dev.mrt.tagging.TaggerVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar market-reaction-tagger.jar <command>}. */
@Command(name = "market-reaction-tagger",
        mixinStandardHelpOptions = true,
        versionProvider = MrtCommand.Version.class,
        description = "Finds political events and market reactions in news, links them, and streams the result through Kafka.",
        subcommands = {
                CommandLine.HelpCommand.class, TagCommand.class, EvaluateCommand.class,
        })
public final class MrtCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI without exiting the JVM; tests call this. */
    public static int execute(String... args) {
        return new CommandLine(new MrtCommand()).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"market-reaction-tagger " + TaggerVersion.get()};
        }
    }
}
