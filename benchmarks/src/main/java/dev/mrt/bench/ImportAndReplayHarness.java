package dev.mrt.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.ArchiveFormat;
import dev.mrt.ingest.ArchiveSource;
import dev.mrt.ingest.ArticleImport;
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
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.Topics;
import org.apache.kafka.clients.admin.Admin;

/**
 * End to end on the in-process broker: generate an archive of realistic articles, {@code import}
 * it (articles/s), then {@code replay} it from the earliest offsets through every topology
 * (articles/s, Kafka Streams start-up and the downstream stages included, as a user waits for
 * it). Progress on standard error, a Markdown summary on standard output. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.ImportAndReplayHarness [articles, default 100000]}.
 */
public final class ImportAndReplayHarness {

    private ImportAndReplayHarness() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String loadBefore = loadAverage();
        Path work = Files.createTempDirectory("mrt-bench-");
        Path archive = work.resolve("archive.jsonl");
        long bytes = BenchArchive.write(archive, count);
        System.err.printf(Locale.ROOT, "archive: %d articles, %.1f MB (%.0f bytes/article) in %s%n", count, bytes / 1e6,
                bytes / (double) count, archive);

        try (EmbeddedKafka kafka = EmbeddedKafka.builder().dataDir(work.resolve("kafka")).build()) {
            kafka.start();
            AppConfig cfg = new ConfigLoader(Path.of("").toAbsolutePath(), Map.of()).load(ConfigLoader.LOCAL_PROFILE_FILE, null,
                    Map.of(Setting.BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers(), Setting.APPLICATION_ID.key(), "bench",
                            "kafka.state.dir", work.resolve("state").toString()));
            ImportSummary imported = importArchive(cfg, archive);
            ReplayOutcome replayed;
            PipelineMetrics metrics = PipelineMetrics.inMemory();
            try (Replay replay = Replay.prepare(cfg, new ReplayRequest(new ReplayId("bench"), ReplayStart.earliest(), null, null,
                    false), metrics)) {
                replayed = replay.run(new ReplayProgressLines(new PrintWriter(System.err, true), new ReplayId("bench")),
                        () -> false, Duration.ofSeconds(10));
            }
            if (replayed.ending() != ReplayOutcome.Ending.CAUGHT_UP) {
                throw new IllegalStateException("replay did not catch up: " + replayed);
            }
            report(cfg, count, bytes, imported, replayed, metrics, loadBefore);
        }
    }

    private static ImportSummary importArchive(AppConfig cfg, Path archive) throws IOException, InterruptedException {
        try (SharedRegistrySerdes serdes = SerdeFactories.forConfig(cfg)) {
            return importArchive(cfg, archive, Topics.from(cfg, serdes::valueSerde));
        }
    }

    private static ImportSummary importArchive(AppConfig cfg, Path archive, Topics topics) throws IOException, InterruptedException {
        try (Admin admin = Admin.create(ClientProperties.of(cfg))) {
            TopicProvisioner.ensure(admin, List.of(topics.articles().name()), cfg.integer(Setting.TOPIC_PARTITIONS), (short) 1,
                    true, Map.of("retention.ms", "-1"));
        }
        try (ArchiveSource source = ArchiveSource.open(archive, ArchiveFormat.JSONL);
             RejectsFile rejects = new RejectsFile(archive.resolveSibling("rejects.jsonl"));
             KafkaArticleSink sink = new KafkaArticleSink(ClientProperties.of(cfg), topics.articles())) {
            ImportSummary s = new ArticleImport(sink, Throttle.NONE,
                    new ProgressLines(new PrintWriter(System.err, true), Duration.ofSeconds(5), System::nanoTime), rejects,
                    System::nanoTime).run(source, () -> false);
            if (!s.complete()) {
                throw new IllegalStateException("import incomplete: " + s);
            }
            return s;
        }
    }

    private static void report(AppConfig cfg, int count, long bytes, ImportSummary imported, ReplayOutcome replayed,
            PipelineMetrics metrics, String loadBefore) {
        double importSeconds = imported.took().toNanos() / 1e9;
        double replaySeconds = replayed.took().toNanos() / 1e9;
        double tagged = metrics.total("mrt.articles.tagged");
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "| date | %s |%n", Instant.now());
        System.out.printf(Locale.ROOT, "| machine | %d cores, JVM %s, max heap %d MB |%n", rt.availableProcessors(),
                System.getProperty("java.version"), rt.maxMemory() >> 20);
        System.out.printf(Locale.ROOT, "| load average (1/5/15 min) before / after | %s / %s |%n", loadBefore, loadAverage());
        System.out.printf(Locale.ROOT, "| archive | %d articles, %.1f MB JSON Lines, %.0f bytes/article |%n", count, bytes / 1e6,
                bytes / (double) count);
        System.out.printf(Locale.ROOT, "| setup | in-process broker, %d partitions, %s, 1 stream thread |%n",
                cfg.integer(Setting.TOPIC_PARTITIONS), cfg.string(Setting.PROCESSING_GUARANTEE));
        System.out.printf(Locale.ROOT, "| import | %d sent in %.1f s: **%.0f articles/s** (%.1f MB/s) |%n", imported.sent(),
                importSeconds, imported.sent() / importSeconds, bytes / 1e6 / importSeconds);
        System.out.printf(Locale.ROOT, "| replay | %.0f articles enriched in %.1f s: **%.0f articles/s** (start-up and all stages included) |%n",
                tagged, replaySeconds, tagged / replaySeconds);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
