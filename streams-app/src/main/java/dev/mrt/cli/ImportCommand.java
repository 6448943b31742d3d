package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.ingest.ArchiveFormat;
import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.ArticleImport;
import dev.mrt.ingest.ImportDisplay;
import dev.mrt.ingest.ImportSummary;
import dev.mrt.ingest.ProgressBar;
import dev.mrt.ingest.ProgressLines;
import dev.mrt.ingest.RejectsFile;
import dev.mrt.ingest.Throttle;
import dev.mrt.ingest.TokenBucket;
import dev.mrt.replay.ArticleArchiveTopic;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.KafkaArticleSink;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.runtime.ShutdownSignal;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Loads an archive of historical articles into the articles topic, with their publication times. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        header = "Load an archive of articles (JSON Lines or CSV, optionally gzipped) into the articles topic.",
        description = {
            "Reads JSON Lines in the contract's format (id, title, body, published_at, source, url, optional "
                    + "version, updated_at; the same rules as tag, published_at required), or CSV with a header row "
                    + "of the same column names; either may be gzip-compressed (.gz). Sends each article to "
                    + "topic.articles with key = article id and record timestamp = publication time, through an "
                    + "idempotent producer (acks=all); creates the topic when missing, with records kept forever.",
            "A bad record is reported on standard error with its line number and reason, written with its raw "
                    + "text to the rejects file, and the import goes on. Progress goes to standard error, the "
                    + "summary to standard output."
        },
        footerHeading = "%nExample:%n",
        footer = "  java -jar market-reaction-tagger.jar import archive-2021.jsonl.gz --rate 500",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every record read was sent",
            "1:the import could not run or stopped early (unreadable archive, cluster unreachable, sends kept failing)",
            "2:bad configuration or arguments (unknown format, --rate not positive)",
            "3:done, but some records were rejected or failed to send (see the rejects file)",
            "130:interrupted (Ctrl-C); the summary says how far it got"
        })
public final class ImportCommand implements Callable<Integer> {
    static final int EXIT_INCOMPLETE = 3;
    static final int EXIT_INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "The archive: .jsonl/.ndjson/.json or .csv, optionally .gz.")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "jsonl|csv",
            description = "Archive format. Default: from the file name (.jsonl, .ndjson, .json; .csv).")
    String format;

    @Option(
            names = "--rate",
            paramLabel = "N",
            description = "Send at most N records per second. Default: as fast as possible.")
    Double rate;

    @Option(
            names = "--rejects",
            paramLabel = "FILE",
            description = "Where rejected records go (JSON lines: line, reason, raw). Default: <archive file name>"
                    + ".rejects.jsonl in the directory import.rejects.dir (the working directory unless configured);"
                    + " removed when empty.")
    Path rejectsFile;

    @Option(
            names = "--if-empty",
            description = "Import only when the articles topic holds no records yet, else say so and exit 0"
                    + " (a seeder that runs at every start loads its archive once).")
    boolean ifEmpty;

    @Option(
            names = "--progress-every",
            paramLabel = "DURATION",
            defaultValue = "5s",
            converter = DurationConverter.class,
            description =
                    "When standard error is not a terminal: a progress line this often. Default: ${DEFAULT-VALUE}.")
    Duration progressEvery;

    @Override
    public Integer call() throws Exception {
        AppConfig cfg = config.load(null, Map.of());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveFormat archiveFormat;
        try {
            archiveFormat = format == null ? ArchiveFormat.of(file) : parseFormat(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (rate != null && !(rate > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be positive");
        }
        Throttle throttle = rate == null ? Throttle.NONE : TokenBucket.perSecond(rate);
        Path rejectsPath = rejectsFile != null
                ? rejectsFile
                : RejectsFile.defaultIn(Path.of(cfg.string(Setting.IMPORT_REJECTS_DIR)), file);

        // The archive is opened (and a CSV header checked) before anything touches the cluster.
        try (ArchiveSource source = ArchiveSource.open(file, archiveFormat);
                SharedRegistrySerdes serdes = SerdeFactories.forConfig(cfg)) {
            Topics topics = Topics.from(cfg, serdes::valueSerde);
            String topic = topics.articles().name();
            ArticleArchiveTopic.ensure(cfg, topic);
            if (ifEmpty) {
                long held = ArticleArchiveTopic.recordCount(cfg, topic);
                if (held > 0) {
                    out.println(
                            "import: " + topic + " already holds " + held + " records; nothing imported (--if-empty)");
                    out.flush();
                    return 0;
                }
            }
            ImportSummary summary;
            try (ShutdownSignal shutdown = new ShutdownSignal();
                    RejectsFile rejects = openRejects(rejectsPath);
                    KafkaArticleSink sink = new KafkaArticleSink(ClientProperties.of(cfg), topics.articles())) {
                ImportDisplay display = System.console() != null
                        ? new ProgressBar(err, System::nanoTime)
                        : new ProgressLines(err, progressEvery, System::nanoTime);
                summary = new ArticleImport(sink, throttle, display, rejects, System::nanoTime)
                        .run(source, shutdown::isRequested);
                out.println(summaryLine(summary, topic));
                if (rejects.count() > 0) {
                    out.println("rejected records (line, reason, raw text): " + rejectsPath);
                }
                out.flush();
                ArticleArchiveTopic.retentionWarning(cfg, topic, summary.oldest())
                        .ifPresent(err::println);
                if (summary.stoppedEarly() != null) {
                    err.println("import stopped at line " + summary.lastLine() + ": " + summary.stoppedEarly());
                    err.flush();
                    return shutdown.isRequested() ? EXIT_INTERRUPTED : 1;
                }
            }
            return summary.complete() ? 0 : EXIT_INCOMPLETE;
        }
    }

    static String summaryLine(ImportSummary s, String topic) {
        return String.format(
                Locale.ROOT,
                "import: %d read, %d sent, %d rejected, %d failed to send, in %.1f s (%.0f articles/s) into %s",
                s.read(),
                s.sent(),
                s.rejected(),
                s.failed(),
                s.took().toMillis() / 1000.0,
                s.rate(),
                topic);
    }

    private static ArchiveFormat parseFormat(String text) {
        try {
            return ArchiveFormat.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--format must be jsonl or csv, not '" + text + "'");
        }
    }

    /** Fails before anything is sent when the rejects file cannot be written, naming how to move it. */
    private static RejectsFile openRejects(Path path) {
        try {
            return new RejectsFile(path);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot write the rejects file " + path.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + "); choose a writable place with --rejects FILE or "
                    + Setting.IMPORT_REJECTS_DIR.key() + " ("
                    + ConfigLoader.environmentVariableOf(Setting.IMPORT_REJECTS_DIR.key()) + ")");
        }
    }
}
