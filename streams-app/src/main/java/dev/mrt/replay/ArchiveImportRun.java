package dev.mrt.replay;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.ingest.ArchiveImport;
import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.ImportDisplay;
import dev.mrt.ingest.ImportSummary;
import dev.mrt.ingest.ImportedKind;
import dev.mrt.ingest.ProgressBar;
import dev.mrt.ingest.ProgressLines;
import dev.mrt.ingest.RecordSink;
import dev.mrt.ingest.RejectsFile;
import dev.mrt.ingest.Throttle;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.ShutdownSignal;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * One import of an archive into an input topic, the same for {@code import} (articles) and
 * {@code import-prices} (price bars): the topic created if missing (kept forever), optionally
 * only when it is empty; every record sent, rejected or failed (rejects file); progress on
 * standard error, the summary on standard output, a warning when the topic's retention would
 * delete what was loaded; and the exit code.
 *
 * @param <T> the record imported
 */
public final class ArchiveImportRun<T> {
    public static final int EXIT_INCOMPLETE = 3;
    public static final int EXIT_INTERRUPTED = 130;

    private final AppConfig cfg;
    private final Setting input;
    private final ImportedKind<T> kind;
    private final Function<Map<String, Object>, RecordSink<T>> sinks;

    /**
     * @param input the setting naming the topic
     * @param sinks makes the sink from the Kafka client properties
     */
    public ArchiveImportRun(
            AppConfig cfg, Setting input, ImportedKind<T> kind, Function<Map<String, Object>, RecordSink<T>> sinks) {
        this.cfg = cfg;
        this.input = input;
        this.kind = kind;
        this.sinks = sinks;
    }

    /** The rejects file given, or {@code <archive name>.rejects.jsonl} in {@code import.rejects.dir}. */
    public Path rejectsPath(Path given, Path archive) {
        return given != null ? given : RejectsFile.defaultIn(Path.of(cfg.string(Setting.IMPORT_REJECTS_DIR)), archive);
    }

    /** Runs the import of an archive already opened (its header checked); returns the exit code. */
    public int run(
            ArchiveSource<T> source,
            Throttle throttle,
            Path rejectsPath,
            Duration progressEvery,
            boolean ifEmpty,
            PrintWriter out,
            PrintWriter err)
            throws IOException, InterruptedException {
        String topic = ArchiveTopic.ensure(cfg, input);
        if (ifEmpty) {
            long held = ArchiveTopic.recordCount(cfg, topic);
            if (held > 0) {
                out.println("import: " + topic + " already holds " + held + " records; nothing imported (--if-empty)");
                out.flush();
                return 0;
            }
        }
        ImportSummary summary;
        try (ShutdownSignal shutdown = new ShutdownSignal();
                RejectsFile rejects = openRejects(rejectsPath);
                RecordSink<T> sink = sinks.apply(ClientProperties.of(cfg))) {
            ImportDisplay display = System.console() != null
                    ? new ProgressBar(err, System::nanoTime)
                    : new ProgressLines(err, progressEvery, System::nanoTime);
            summary = new ArchiveImport<>(sink, kind, throttle, display, rejects, System::nanoTime)
                    .run(source, shutdown::isRequested);
            out.println(summaryLine(summary, topic, kind));
            if (rejects.count() > 0) {
                out.println("rejected records (line, reason, raw text): " + rejectsPath);
            }
            out.flush();
            ArchiveTopic.retentionWarning(cfg, topic, summary.oldest(), kind.plural())
                    .ifPresent(err::println);
            if (summary.stoppedEarly() != null) {
                err.println("import stopped at line " + summary.lastLine() + ": " + summary.stoppedEarly());
                err.flush();
                return shutdown.isRequested() ? EXIT_INTERRUPTED : 1;
            }
        }
        return summary.complete() ? 0 : EXIT_INCOMPLETE;
    }

    public static String summaryLine(ImportSummary s, String topic, ImportedKind<?> kind) {
        return String.format(
                Locale.ROOT,
                "import: %d read, %d sent, %d rejected, %d failed to send, in %.1f s (%.0f %s/s) into %s",
                s.read(),
                s.sent(),
                s.rejected(),
                s.failed(),
                s.took().toMillis() / 1000.0,
                s.rate(),
                kind.plural(),
                topic);
    }

    /** Fails before anything is sent when the rejects file cannot be written, naming how to move it. */
    private static RejectsFile openRejects(Path path) {
        try {
            return new RejectsFile(path);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the rejects file " + path.toAbsolutePath() + " ("
                    + e.getClass().getSimpleName() + "); choose a writable place with --rejects FILE or "
                    + Setting.IMPORT_REJECTS_DIR.key() + " ("
                    + ConfigLoader.environmentVariableOf(Setting.IMPORT_REJECTS_DIR.key()) + ")");
        }
    }
}
