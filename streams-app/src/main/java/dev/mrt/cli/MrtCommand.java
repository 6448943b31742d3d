package dev.mrt.cli;

import dev.mrt.config.ConfigException;
import dev.mrt.tagging.TaggerVersion;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code java -jar market-reaction-tagger.jar <command>}. */
@Command(
        name = "market-reaction-tagger",
        mixinStandardHelpOptions = true,
        versionProvider = MrtCommand.Version.class,
        description =
                "Finds political events and market reactions in news, links them, and streams the result through Kafka.",
        synopsisSubcommandLabel = "COMMAND",
        commandListHeading = "%nCommands:%n",
        footerHeading = "%n",
        footer = {
            "'market-reaction-tagger COMMAND --help' describes a command and its options; 'config --list' every "
                    + "setting.",
            "",
            "Examples:",
            "  java -jar market-reaction-tagger.jar local --once | jq .",
            "  java -jar market-reaction-tagger.jar tag articles.jsonl",
            "  java -jar market-reaction-tagger.jar run --config prod.properties"
        },
        subcommands = {
            LocalCommand.class,
            RunCommand.class,
            TagCommand.class,
            EvaluateCommand.class,
            TrainModelCommand.class,
            CrossValidateCommand.class,
            ImportCommand.class,
            ImportPricesCommand.class,
            ReplayCommand.class,
            CompareCommand.class,
            SchemasCommand.class,
            TopologyCommand.class,
            ConfigCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class MrtCommand implements Runnable {
    /** Exit code for a bad configuration or bad arguments. */
    static final int EXIT_CONFIG = 2;

    static final int DEFAULT_WIDTH = 80;
    /** picocli refuses a narrower help. */
    static final int MIN_WIDTH = 55;
    /** Wider than this, lines get hard to read. */
    static final int MAX_WIDTH = 160;
    /** Room for the longest option with its label (--progress-every=DURATION) beside its description. */
    static final int LONG_OPTIONS_WIDTH = 26;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the CLI without exiting the JVM; tests call this. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the CLI with its standard output and error going to the given writers; tests call this. */
    public static int execute(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        return commandLine().setOut(out).setErr(err).execute(args);
    }

    static CommandLine commandLine() {
        return commandLine(usageWidth(System.getenv("COLUMNS")));
    }

    /**
     * @param width the help's width when the terminal's cannot be found (output piped, no
     *     terminal); picocli asks the terminal first
     */
    static CommandLine commandLine(int width) {
        return new CommandLine(new MrtCommand())
                .setExecutionExceptionHandler(MrtCommand::report)
                .setUsageHelpAutoWidth(true)
                .setUsageHelpWidth(width)
                .setUsageHelpLongOptionsMaxWidth(LONG_OPTIONS_WIDTH);
    }

    /** {@code $COLUMNS} when it is a number, within what picocli accepts; else picocli's 80. */
    static int usageWidth(String columns) {
        try {
            return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Integer.parseInt(columns == null ? "" : columns.strip())));
        } catch (NumberFormatException e) {
            return DEFAULT_WIDTH;
        }
    }

    /** User errors are one clear line on stderr; only a bug shows a stack trace. */
    private static int report(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof ConfigException) {
            cmd.getErr().println("Configuration error: " + e.getMessage());
            return EXIT_CONFIG;
        }
        if (e instanceof IllegalArgumentException
                || e instanceof IllegalStateException
                || e instanceof java.io.IOException) {
            cmd.getErr().println("Error: " + e.getMessage());
            LoggerFactory.getLogger(MrtCommand.class).debug("Details", e);
            return 1;
        }
        e.printStackTrace(cmd.getErr());
        return 1;
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
