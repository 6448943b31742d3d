package dev.mrt.bench;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.LogLevels;
import dev.mrt.config.Setting;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.ArchiveFormat;
import dev.mrt.ingest.ArchiveImport;
import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.ImportSummary;
import dev.mrt.ingest.ProgressLines;
import dev.mrt.ingest.RejectsFile;
import dev.mrt.ingest.Throttle;
import dev.mrt.replay.Replay;
import dev.mrt.replay.ReplayId;
import dev.mrt.replay.ReplayOutcome;
import dev.mrt.replay.ReplayProgressLines;
import dev.mrt.replay.ReplayRequest;
import dev.mrt.replay.ReplayStart;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.KafkaArticleSink;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.runtime.TopicProvisioner;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.Topics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * End to end on the in-process broker: generate an archive of realistic articles, {@code import}
 * it (articles/s), then {@code replay} it from the earliest offsets through every topology. Two
 * replay figures: the inputs (validate, deduplicate, tag, enriched output, fan-out), which is
 * what a replay's articles/s means, and the full catch-up including the cross-feed links and the
 * statistics after them, given at most {@code max-minutes}. Progress on standard error, a
 * Markdown table on standard output. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.ImportAndReplayHarness [articles] [max-minutes]} (positional, defaults 100000 and 20).
 */
public final class ImportAndReplayHarness {

    private ImportAndReplayHarness() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Duration cap = Duration.ofMinutes(args.length > 1 ? Long.parseLong(args[1]) : 20);
        String loadBefore = MachineInfo.loadAverage();
        try (TempDirectory work = TempDirectory.create("mrt-bench-")) {
            run(count, cap, work.path(), loadBefore);
        }
    }

    private static void run(int count, Duration cap, Path work, String loadBefore) throws Exception {
        Path archive = work.resolve("archive.jsonl");
        long bytes = BenchArchive.write(archive, count);
        System.err.printf(
                Locale.ROOT,
                "archive: %d articles, %.1f MB (%.0f bytes/article)%n",
                count,
                bytes / 1e6,
                bytes / (double) count);
        try (EmbeddedKafka kafka =
                EmbeddedKafka.builder().dataDir(work.resolve("kafka")).build()) {
            kafka.start();
            // log.level=WARN: a dead letter is logged at INFO, and a replay of dense history makes many (late
            // statistics).
            AppConfig cfg = new ConfigLoader(Path.of("").toAbsolutePath(), Map.of())
                    .load(
                            ConfigLoader.LOCAL_PROFILE_FILE,
                            null,
                            Map.of(
                                    Setting.BOOTSTRAP_SERVERS.key(),
                                    kafka.bootstrapServers(),
                                    Setting.APPLICATION_ID.key(),
                                    "bench",
                                    Setting.LOG_LEVEL.key(),
                                    "WARN",
                                    "kafka.state.dir",
                                    work.resolve("state").toString()));
            LogLevels.apply(cfg);
            ImportSummary imported = importArchive(cfg, archive);
            PipelineMetrics metrics = PipelineMetrics.inMemory();
            ReplayId id = new ReplayId("bench");
            ReplayOutcome replayed;
            try (Replay replay =
                    Replay.prepare(cfg, new ReplayRequest(id, ReplayStart.earliest(), null, null, false), metrics)) {
                long deadline = System.nanoTime() + cap.toNanos();
                replayed = replay.run(
                        new ReplayProgressLines(new PrintWriter(System.err, true), id),
                        () -> System.nanoTime() > deadline,
                        Duration.ofSeconds(10));
            }
            if (replayed.ending() == ReplayOutcome.Ending.FAILED || replayed.inputsDone() == null) {
                throw new IllegalStateException("replay did not get through its inputs: " + replayed);
            }
            report(cfg, count, bytes, imported, replayed, metrics, loadBefore);
        }
    }

    private static ImportSummary importArchive(AppConfig cfg, Path archive) throws IOException, InterruptedException {
        try (SharedRegistrySerdes serdes = SerdeFactories.forConfig(cfg)) {
            return importArchive(cfg, archive, Topics.from(cfg, serdes::valueSerde));
        }
    }

    private static ImportSummary importArchive(AppConfig cfg, Path archive, Topics topics)
            throws IOException, InterruptedException {
        try (Admin admin = Admin.create(ClientProperties.of(cfg))) {
            TopicProvisioner.ensure(
                    admin,
                    List.of(topics.articles().name()),
                    cfg.integer(Setting.TOPIC_PARTITIONS),
                    (short) 1,
                    true,
                    Map.of("retention.ms", "-1"));
        }
        try (ArchiveSource<dev.mrt.avro.Article> source = ArchiveSource.open(archive, ArchiveFormat.JSONL);
                RejectsFile rejects = new RejectsFile(archive.resolveSibling("rejects.jsonl"));
                KafkaArticleSink sink = new KafkaArticleSink(ClientProperties.of(cfg), topics.articles())) {
            ImportSummary s = ArchiveImport.ofArticles(
                            sink,
                            Throttle.NONE,
                            new ProgressLines(
                                    new PrintWriter(System.err, true), Duration.ofSeconds(5), System::nanoTime),
                            rejects,
                            System::nanoTime)
                    .run(source, () -> false);
            if (!s.complete()) {
                throw new IllegalStateException("import incomplete: " + s);
            }
            return s;
        }
    }

    private static void report(
            AppConfig cfg,
            int count,
            long bytes,
            ImportSummary imported,
            ReplayOutcome replayed,
            PipelineMetrics metrics,
            String loadBefore) {
        double importSeconds = imported.took().toNanos() / 1e9;
        double inputSeconds = replayed.inputsDone().toNanos() / 1e9;
        double totalSeconds = replayed.took().toNanos() / 1e9;
        double tagged = metrics.total("mrt.articles.tagged");
        Runtime rt = Runtime.getRuntime();
        ArticleTagger tagger = ArticleTagger.loadDefault();
        System.out.printf(Locale.ROOT, "| date | %s |%n", Instant.now());
        System.out.printf(
                Locale.ROOT,
                "| machine | %d cores, JVM %s, max heap %d MB |%n",
                rt.availableProcessors(),
                System.getProperty("java.version"),
                rt.maxMemory() >> 20);
        System.out.printf(
                Locale.ROOT,
                "| load average (1/5/15 min) before / after | %s / %s |%n",
                loadBefore,
                MachineInfo.loadAverage());
        System.out.printf(
                Locale.ROOT, "| tagger | %s, taxonomy %s |%n", tagger.taggerVersion(), tagger.taxonomyVersion());
        System.out.printf(
                Locale.ROOT,
                "| archive | %d articles, %.1f MB JSON Lines, %.0f bytes/article, one every 5 min |%n",
                count,
                bytes / 1e6,
                bytes / (double) count);
        System.out.printf(
                Locale.ROOT,
                "| setup | in-process broker, %d partitions, %s, 1 stream thread |%n",
                cfg.integer(Setting.TOPIC_PARTITIONS),
                cfg.string(Setting.PROCESSING_GUARANTEE));
        System.out.printf(
                Locale.ROOT,
                "| import | %d sent in %.1f s: **%.0f articles/s** (%.1f MB/s) |%n",
                imported.sent(),
                importSeconds,
                imported.sent() / importSeconds,
                bytes / 1e6 / importSeconds);
        System.out.printf(
                Locale.ROOT,
                "| replay, inputs | %.0f articles enriched in %.1f s: **%.0f articles/s** (start-up included) |%n",
                tagged,
                inputSeconds,
                tagged / inputSeconds);
        System.out.printf(
                Locale.ROOT,
                "| replay, all stages | %s |%n",
                replayed.ending() == ReplayOutcome.Ending.CAUGHT_UP
                        ? String.format(
                                Locale.ROOT,
                                "caught up in %.1f s (%.0f articles/s)",
                                totalSeconds,
                                tagged / totalSeconds)
                        : String.format(
                                Locale.ROOT,
                                "stopped after %.1f s with %d records still on intermediate topics",
                                totalSeconds,
                                replayed.last() == null ? -1 : replayed.last().downstreamBehind()));
        System.out.printf(
                Locale.ROOT,
                "| pipeline counts | %.0f political events, %.0f market notes, %.0f in-article links, "
                        + "%.0f cross-feed links, %.0f dead letters |%n",
                metrics.total("mrt.political.events"),
                metrics.total("mrt.market.notes"),
                metrics.count("mrt.links", "scope", "article"),
                metrics.count("mrt.links", "scope", "cross_feed"),
                metrics.total("mrt.dead.lettered"));
    }
}
