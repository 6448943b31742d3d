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
import dev.mrt.replay.OffsetsAdmin;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.KafkaArticleSink;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.runtime.ShutdownSignal;
import dev.mrt.runtime.TopicClass;
import dev.mrt.runtime.TopicProvisioner;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.TopicConfig;
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
        description = {
            "Load an archive of articles into the articles topic (topic.articles):",
            "JSON Lines in the contract format (id, title, body, published_at, source,",
            "url, optional version, updated_at), or CSV with a header row of the same",
            "column names; either may be gzip-compressed (.gz). Key = article id, record",
            "timestamp = publication time, idempotent producer (acks=all).",
            "A bad record is reported on standard error with its line number and reason,",
            "written with its raw text to the rejects file, and the import goes on.",
            "Progress goes to standard error, the summary to standard output."
        },
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

    @Option(names = "--format", paramLabel = "jsonl|csv", description = "Archive format; default: from the file name.")
    String format;

    @Option(
            names = "--rate",
            paramLabel = "N",
            description = "Send at most N records per second (default: as fast as possible).")
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
            ensureTopic(cfg, topic);
            if (ifEmpty) {
                long held = recordsIn(cfg, topic);
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
                retentionWarning(cfg, topic, summary).ifPresent(err::println);
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

    /**
     * Creates the articles topic if missing as an input topic (by default keeping records forever:
     * an archive's record timestamps are publication times, which a time-based retention would
     * find long expired).
     */
    private static void ensureTopic(AppConfig cfg, String topic) {
        try (Admin admin = Admin.create(ClientProperties.of(cfg))) {
            TopicProvisioner.ensure(
                    admin,
                    List.of(topic),
                    cfg.integer(Setting.TOPIC_PARTITIONS),
                    (short) cfg.integer(Setting.TOPIC_REPLICATION_FACTOR),
                    cfg.bool(Setting.TOPIC_CREATE),
                    TopicClass.ofSetting(Setting.TOPIC_ARTICLES).topicConfigs(cfg));
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

    private static long recordsIn(AppConfig cfg, String topic) {
        try (OffsetsAdmin admin = new OffsetsAdmin(Admin.create(ClientProperties.of(cfg)))) {
            return admin.recordSpan(topic);
        }
    }

    /** When the topic existed with a time retention shorter than the archive's age: the broker will delete those records. */
    private static Optional<String> retentionWarning(AppConfig cfg, String topic, ImportSummary summary) {
        if (summary.oldest() == null) {
            return Optional.empty();
        }
        try (OffsetsAdmin admin = new OffsetsAdmin(Admin.create(ClientProperties.of(cfg)))) {
            String value = admin.topicConfig(topic, TopicConfig.RETENTION_MS_CONFIG);
            long retention = value == null ? -1 : Long.parseLong(value);
            if (retention < 0 || !summary.oldest().isBefore(Instant.now().minusMillis(retention))) {
                return Optional.empty();
            }
            return Optional.of("warning: " + topic + " keeps records for " + Duration.ofMillis(retention)
                    + " (retention.ms="
                    + retention + ") and record timestamps are publication times: the broker will delete the articles "
                    + "published before " + Instant.now().minusMillis(retention) + " (the oldest is " + summary.oldest()
                    + "). Set retention.ms=-1 on the topic to keep the archive for replays.");
        }
    }
}
