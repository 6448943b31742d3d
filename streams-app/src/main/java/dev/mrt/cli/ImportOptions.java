package dev.mrt.cli;

import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.Throttle;
import dev.mrt.ingest.TokenBucket;
import dev.mrt.replay.ArchiveImportRun;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options {@code import} and {@code import-prices} share: pace, rejects file, emptiness, progress. */
public final class ImportOptions {

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
            description = "Import only when the target topic holds no records yet, else say so and exit 0"
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

    Throttle throttle(CommandSpec spec) {
        if (rate != null && !(rate > 0)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--rate must be positive");
        }
        return rate == null ? Throttle.NONE : TokenBucket.perSecond(rate);
    }

    /** Imports {@code file}'s records with these options, reporting on the command's out and err; the exit code. */
    <T> int importWith(ArchiveImportRun<T> run, ArchiveSource<T> source, Throttle throttle, Path file, CommandSpec spec)
            throws Exception {
        return run.run(
                source,
                throttle,
                run.rejectsPath(rejectsFile, file),
                progressEvery,
                ifEmpty,
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
