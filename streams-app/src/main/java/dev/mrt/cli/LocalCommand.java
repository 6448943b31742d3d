package dev.mrt.cli;

import dev.mrt.avro.Article;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.PriceTick;
import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.config.Setting;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.ingest.JsonLinesMarketNotes;
import dev.mrt.ingest.SamplePrices;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.runtime.EnrichedPrinter;
import dev.mrt.runtime.LinkTablePrinter;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.PipelineDrain;
import dev.mrt.runtime.RecordSender;
import dev.mrt.runtime.ServedPipeline;
import dev.mrt.runtime.ShutdownSignal;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.topology.RunIdentity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The whole pipeline on one machine with nothing installed: an in-process Kafka broker and
 * schema registry, the topologies, and the sample articles. Enriched articles go to standard
 * output as JSON lines; logs go to standard error.
 */
@Command(
        name = "local",
        mixinStandardHelpOptions = true,
        header =
                "Run the whole pipeline on this machine: in-process Kafka and registry, the sample articles, the dashboard.",
        description = {
            "Starts an in-process Kafka broker and schema registry (mock://local), the topologies, and loads the "
                    + "samples of local.samples.dir (config/samples: articles, the market-notes feed, and a SYNTHETIC "
                    + "price series, prices.csv: made up by a seeded generator, not market history). Prints each enriched "
                    + "article as one JSON line on standard output (pipe it into jq); logs go to standard error.",
            "Serves the dashboard, query API, live feed, health and metrics on http.host:http.port; the URL is "
                    + "printed on standard error (--set http.port=0 picks a free port). Runs until Ctrl-C, or with "
                    + "--once until every sample is processed through every stage (--links then prints the "
                    + "cross-feed links table)."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  java -jar market-reaction-tagger.jar local --once | jq .id",
            "  java -jar market-reaction-tagger.jar local --once --links",
            "  java -jar market-reaction-tagger.jar local --data-dir /tmp/mrt --keep-data"
        })
public final class LocalCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(LocalCommand.class);
    static final String ARTICLES_FILE = "articles.jsonl";
    /** Optional: items of the market-commentary feed for the samples, linked across feeds. */
    static final String MARKET_NOTES_FILE = "market-notes.jsonl";

    @Mixin
    ConfigOptions config;

    @Option(
            names = "--once",
            description = "Exit after every sample article has been enriched and every stage after tagging"
                    + " (linking, statistics) has caught up (exit 1 on --timeout).")
    boolean once;

    @Option(
            names = "--links",
            description = "With --once: then print the cross-feed links table, one JSON line per market note"
                    + " with its links ({\"note_id\": ..., \"links\": [...]}), by note id.")
    boolean links;

    @Option(
            names = "--timeout",
            paramLabel = "DURATION",
            defaultValue = "120s",
            converter = DurationConverter.class,
            description =
                    "With --once: give up (exit 1) if the samples are not all enriched in this time. Default: ${DEFAULT-VALUE}.")
    Duration timeout;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Broker and state directory. Default: a temporary directory, deleted on exit.")
    Path dataDir;

    @Option(
            names = "--keep-data",
            description = "Keep the data directory on exit (to look at it, or start again from it).")
    boolean keepData;

    @Option(names = "--no-samples", description = "Do not load the sample articles.")
    boolean noSamples;

    @Override
    public Integer call() throws Exception {
        Map<String, String> extra = new LinkedHashMap<>();
        if (dataDir != null) {
            extra.put(Setting.LOCAL_DATA_DIR.key(), dataDir.toString());
        }
        if (keepData) {
            extra.put(Setting.LOCAL_KEEP_DATA.key(), "true");
        }
        AppConfig base = config.load(ConfigLoader.LOCAL_PROFILE_FILE, extra);
        List<Article> samples = noSamples ? List.of() : readSamples(base);
        List<PriceTick> samplePrices = noSamples ? List.of() : readSamplePrices(base);
        List<MarketNote> notes = noSamples ? List.of() : readMarketNotes(base);

        try (ShutdownSignal shutdown = new ShutdownSignal();
                EmbeddedKafka kafka = startBroker(base)) {
            ConfigOrigin embedded = new ConfigOrigin("embedded broker", 0);
            AppConfig cfg = base.with(Setting.BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers(), embedded);
            if (!cfg.kafkaOverrides().containsKey("state.dir")) {
                cfg = cfg.with(
                        Setting.KAFKA_PREFIX + "state.dir",
                        kafka.dataDir().resolve("streams").toString(),
                        embedded);
            }
            try (ServedPipeline served = ServedPipeline.start(cfg, RunIdentity.live());
                    EnrichedPrinter printer = new EnrichedPrinter(
                            kafka.bootstrapServers(), served.pipeline().topics().enriched(), System.out)) {
                Pipeline pipeline = served.pipeline();
                StreamsRunner runner = served.runner();
                if (!runner.awaitRunning(Duration.ofSeconds(60), shutdown::isRequested)) {
                    if (shutdown.isBySignal()) {
                        return 0;
                    }
                    LOG.error("Kafka Streams did not reach RUNNING; see the errors above");
                    return 1;
                }
                Thread printing = new Thread(printer, "mrt-printer");
                printing.start();
                // Prices first: each sample's realized moves are complete as soon as it is tagged.
                int prices = RecordSender.sendAll(
                        kafka.bootstrapServers(),
                        pipeline.topics().prices(),
                        samplePrices,
                        PriceTick::getInstrument,
                        p -> p.getTime().toEpochMilli());
                if (prices > 0) {
                    LOG.info(
                            "Loaded {} SYNTHETIC sample prices into {} (made up: not market history)",
                            prices,
                            pipeline.topics().prices().name());
                }
                int sent = ArticleSender.sendAll(
                        kafka.bootstrapServers(), pipeline.topics().articles(), samples);
                LOG.info(
                        "Loaded {} sample articles into {}",
                        sent,
                        pipeline.topics().articles().name());
                if (!notes.isEmpty()) {
                    ArticleSender.sendNotes(
                            kafka.bootstrapServers(), pipeline.topics().marketNotes(), notes);
                    LOG.info(
                            "Loaded {} sample market notes into {}",
                            notes.size(),
                            pipeline.topics().marketNotes().name());
                }
                // On standard error, like the logs: standard output carries only the JSON lines.
                System.err.println("Dashboard: " + served.baseUrl() + "/");
                shutdown.stopWhenTerminated(runner);
                int code = once ? awaitSamples(samples, printer, shutdown) : awaitStop(shutdown, runner);
                if (once && code == 0) {
                    code = awaitAllStages(kafka, pipeline, shutdown);
                }
                printer.close();
                printing.join(10_000);
                if (once && code == 0 && links) {
                    int linked = LinkTablePrinter.print(
                            kafka.bootstrapServers(), pipeline.topics().links(), System.out);
                    LOG.info("Printed the cross-feed links of {} market notes", linked);
                }
                return code;
            }
        } finally {
            LOG.info("Stopped");
        }
    }

    private static EmbeddedKafka startBroker(AppConfig cfg) {
        String dir = cfg.string(Setting.LOCAL_DATA_DIR);
        EmbeddedKafka.Builder b = EmbeddedKafka.builder();
        if (!dir.isBlank()) {
            b.dataDir(Path.of(dir)).keepData(cfg.bool(Setting.LOCAL_KEEP_DATA));
        }
        EmbeddedKafka kafka = b.build();
        kafka.start();
        return kafka;
    }

    private int awaitSamples(List<Article> samples, EnrichedPrinter printer, ShutdownSignal shutdown)
            throws InterruptedException {
        Set<String> expected = new HashSet<>();
        samples.forEach(a -> expected.add(a.getId()));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && !shutdown.isRequested()) {
            if (printer.seenIds().containsAll(expected)) {
                LOG.info("All {} sample articles enriched", expected.size());
                return 0;
            }
            Thread.sleep(100);
        }
        if (shutdown.isRequested()) {
            return 130;
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(printer.seenIds());
        LOG.error(
                "Timed out after {}: {} of {} samples not enriched (e.g. {}); check the dead-letter topic",
                timeout,
                missing.size(),
                expected.size(),
                missing.stream().sorted().limit(5).toList());
        return 1;
    }

    /** Waits until linking and the statistics have processed everything the samples brought. */
    private int awaitAllStages(EmbeddedKafka kafka, Pipeline pipeline, ShutdownSignal shutdown) throws Exception {
        if (PipelineDrain.awaitDrained(kafka.bootstrapServers(), pipeline, timeout, shutdown::isRequested)) {
            LOG.info("Linking and statistics caught up");
            return 0;
        }
        if (shutdown.isRequested()) {
            return 130;
        }
        LOG.error("Timed out after {}: linking and statistics did not catch up", timeout);
        return 1;
    }

    private static int awaitStop(ShutdownSignal shutdown, StreamsRunner runner) throws InterruptedException {
        LOG.info("Running; press Ctrl-C to stop");
        shutdown.await();
        if (runner.fatalError() != null) {
            LOG.error(
                    "Kafka Streams stopped on a fatal error: {}",
                    runner.fatalError().toString());
            return 1;
        }
        LOG.info("Shutting down");
        return 0;
    }

    /** The synthetic price series of the samples ({@code prices.csv}), or none when the directory has none. */
    private static List<PriceTick> readSamplePrices(AppConfig cfg) throws java.io.IOException {
        Path file = Path.of(cfg.string(Setting.SAMPLES_DIR)).resolve(SamplePrices.FILE);
        return Files.isRegularFile(file) ? SamplePrices.readAll(file, Pipeline.instrumentsFor(cfg)) : List.of();
    }

    private static List<MarketNote> readMarketNotes(AppConfig cfg) throws java.io.IOException {
        Path file = Path.of(cfg.string(Setting.SAMPLES_DIR)).resolve(MARKET_NOTES_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        return JsonLinesMarketNotes.readAll(file).stream()
                .sorted(java.util.Comparator.comparing(MarketNote::getPublishedAt))
                .toList();
    }

    private static List<Article> readSamples(AppConfig cfg) throws java.io.IOException {
        Path file = Path.of(cfg.string(Setting.SAMPLES_DIR)).resolve(ARTICLES_FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("sample articles not found at " + file.toAbsolutePath()
                    + " (setting local.samples.dir; run from the repository root, or use --no-samples)");
        }
        // In publication order, as a live feed would deliver them: event time then only moves
        // forward and no sample is "late" for the windows.
        return JsonLinesArticles.readAll(file).stream()
                .sorted(java.util.Comparator.comparing(Article::getPublishedAt))
                .toList();
    }
}
