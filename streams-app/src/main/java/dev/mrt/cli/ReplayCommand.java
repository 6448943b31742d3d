package dev.mrt.cli;

import dev.mrt.config.AppConfig;
import dev.mrt.replay.Replay;
import dev.mrt.replay.ReplayId;
import dev.mrt.replay.ReplayOutcome;
import dev.mrt.replay.ReplayPlanText;
import dev.mrt.replay.ReplayProgressLines;
import dev.mrt.replay.ReplayRequest;
import dev.mrt.replay.ReplayStart;
import dev.mrt.replay.TimeArgument;
import dev.mrt.runtime.ShutdownSignal;
import dev.mrt.topology.PipelineMetrics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Re-runs the topologies over historical input into a replay's own topics. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        header = "Run the topologies again over the input topics into a replay's own topics.",
        description = {
            "Reads the input topics (articles, market notes) under the application id "
                    + "<application.id>-replay-<id> and writes to the replay's own topics: each topic the pipeline "
                    + "writes gets '.replay-<id>' in place of its '.vN' suffix (reactions.enriched.v1 becomes "
                    + "reactions.enriched.replay-<id>), so live topics are never touched.",
            "Start offsets are set from --from only for input partitions the replay's consumer group has not "
                    + "committed: a replay run again with the same --replay-id resumes. Records published outside "
                    + "[--from, --to) are skipped. Progress per partition goes to standard error; the plan and the "
                    + "summary to standard output. Exits once caught up with the end offsets taken at the start, "
                    + "unless --follow."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar market-reaction-tagger.jar replay --replay-id tax2 --dry-run",
            "  java -jar market-reaction-tagger.jar replay --replay-id tax2 --from 7d",
            "  java -jar market-reaction-tagger.jar compare --replay-id tax2"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:caught up (or dry run)",
            "1:failed (or the cluster is unreachable)",
            "2:bad configuration or arguments",
            "130:interrupted; run again with the same --replay-id to resume"
        })
public final class ReplayCommand implements Callable<Integer> {
    static final int EXIT_INTERRUPTED = 130;

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOptions config;

    @Option(
            names = "--replay-id",
            paramLabel = "ID",
            description = "Name of the replay (a-z A-Z 0-9 . _ -). Default: the start time, e.g. 20240501-101500.")
    String replayId;

    @Option(
            names = "--from",
            paramLabel = "TIME",
            defaultValue = "earliest",
            description = "earliest, an ISO timestamp (2021-09-10T00:00:00Z, 2021-09-10T08:25:00-04:00, 2021-09-10)"
                    + " or a duration ago (7d, 12h). Default: ${DEFAULT-VALUE}.")
    String from;

    @Option(
            names = "--to",
            paramLabel = "TIME",
            description = "End of the publication-time window, exclusive: records published at or after it are "
                    + "skipped. Same forms as --from. Default: none (up to the end offsets taken at the start).")
    String to;

    @Option(
            names = "--output",
            paramLabel = "TOPIC",
            description = "Enriched output topic. Default: topic.enriched with '.replay-<id>' for its '.vN' "
                    + "(reactions.enriched.replay-<id>).")
    String output;

    @Option(names = "--follow", description = "Keep running after catching up, processing new input as it comes.")
    boolean follow;

    @Option(
            names = "--dry-run",
            description = "Print the plan (application id, topics, per-partition offsets) and exit.")
    boolean dryRun;

    @Option(
            names = "--progress-every",
            paramLabel = "DURATION",
            defaultValue = "10s",
            converter = DurationConverter.class,
            description = "How often progress lines are printed. Default: ${DEFAULT-VALUE}.")
    Duration progressEvery;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Instant now = Instant.now();
        AppConfig cfg = config.load(null, Map.of());
        ReplayRequest request = request(now);
        ReplayId id = request.id();
        try (Replay replay = Replay.prepare(cfg, request, PipelineMetrics.inMemory())) {
            return run(replay, id, out, err);
        }
    }

    private Integer run(Replay replay, ReplayId id, PrintWriter out, PrintWriter err) throws InterruptedException {
        out.print(ReplayPlanText.format(replay.plan()));
        out.flush();
        if (dryRun) {
            out.println("dry run: nothing changed");
            return 0;
        }
        if (replayId == null) {
            err.println("replay id " + id + ": if interrupted, run again with --replay-id " + id + " to resume");
        }
        try (ShutdownSignal shutdown = new ShutdownSignal()) {
            ReplayOutcome outcome = replay.run(new ReplayProgressLines(err, id), shutdown::isRequested, progressEvery);
            return switch (outcome.ending()) {
                case CAUGHT_UP -> {
                    out.println(summary(replay, outcome));
                    yield 0;
                }
                case INTERRUPTED -> {
                    err.println("replay " + id + " interrupted; run again with --replay-id " + id + " to resume");
                    yield EXIT_INTERRUPTED;
                }
                case FAILED -> {
                    err.println("replay " + id + " failed: " + outcome.error());
                    yield 1;
                }
            };
        }
    }

    /** The options as a request; a bad value is a usage error (exit 2), reported with the usage. */
    private ReplayRequest request(Instant now) {
        try {
            ReplayId id = replayId != null ? new ReplayId(replayId) : ReplayId.derivedAt(now);
            return new ReplayRequest(
                    id, ReplayStart.parse(from, now), to == null ? null : TimeArgument.parse(to, now), output, follow);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    static String summary(Replay replay, ReplayOutcome outcome) {
        PipelineMetrics m = replay.metrics();
        double tagged = m.total("mrt.articles.tagged");
        double seconds = outcome.took().toMillis() / 1000.0;
        double inputSeconds =
                outcome.inputsDone() == null ? seconds : outcome.inputsDone().toMillis() / 1000.0;
        return String.format(
                Locale.ROOT,
                "replay %s caught up in %.1f s (inputs in %.1f s): %.0f articles enriched (%.0f/s), %.0f duplicates dropped, "
                        + "%.0f outside the window, %.0f dead-lettered; output in %s",
                replay.plan().id(),
                seconds,
                inputSeconds,
                tagged,
                inputSeconds > 0 ? tagged / inputSeconds : 0,
                m.total("mrt.articles.deduplicated"),
                m.total("mrt.replay.outside.window"),
                m.total("mrt.dead.lettered"),
                replay.topics().enriched().name());
    }
}
