package dev.mrt.bench;

import dev.mrt.config.AppConfig;
import dev.mrt.config.LogLevels;
import dev.mrt.config.Setting;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.runtime.TopicProvisioner;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topics;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * End to end on the embedded broker, in one JVM and one run: realistic articles are pre-loaded
 * into an input topic; then a pass-through topology and the full pipeline read the same records,
 * each under at-least-once and exactly-once (each with its own application id, state and output
 * topics), timed from start to output and to all stages done; then the full pipeline's latency
 * under exactly-once at half its measured rate. Progress on standard error, the figures as
 * Markdown on standard output. Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.EndToEndHarness [articles=30000] ...}
 * ({@link HarnessOptions#USAGE}).
 */
public final class EndToEndHarness {
    static final String INPUT_TOPIC = "bench.articles";

    private EndToEndHarness() {}

    public static void main(String[] args) throws Exception {
        HarnessOptions options;
        try {
            options = HarnessOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        String loadBefore = MachineInfo.loadAverage();
        Instant started = Instant.now();
        try (TempDirectory work = TempDirectory.create("mrt-e2e-");
                EmbeddedKafka kafka = EmbeddedKafka.builder()
                        .dataDir(work.path().resolve("kafka"))
                        .build()) {
            kafka.start();
            run(options, kafka.bootstrapServers(), work.path().resolve("state"), loadBefore, started);
        }
        // Kafka's and Streams' background threads may linger after close; the figures are printed.
        System.exit(0);
    }

    private static void run(HarnessOptions options, String bootstrap, Path state, String loadBefore, Instant started)
            throws Exception {
        AppConfig base = BenchConfig.of(bootstrap, "preload", INPUT_TOPIC, "at_least_once", state, Map.of());
        LogLevels.apply(base);
        int partitions = base.integer(Setting.TOPIC_PARTITIONS);
        double meanChars;
        try (SharedRegistrySerdes serdes = SerdeFactories.forConfig(base);
                Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            TopicProvisioner.ensure(
                    admin, List.of(INPUT_TOPIC), partitions, (short) 1, true, Map.of("retention.ms", "-1"));
            System.err.printf(Locale.ROOT, "pre-loading %d articles into %s%n", options.articles(), INPUT_TOPIC);
            meanChars = ArticlePreloader.load(
                            bootstrap,
                            Topics.from(base, serdes::valueSerde).articles(),
                            ArticleGenerator.realistic("bench-"),
                            options.articles())
                    / (double) options.articles();
        }

        if (options.realizedRounds() > 0) {
            AppConfig withPrices = BenchConfig.of(
                    bootstrap,
                    "preload",
                    INPUT_TOPIC,
                    "at_least_once",
                    state,
                    Map.of(Setting.TOPIC_PRICES.key(), RealizedComparison.PRICES_TOPIC));
            int prices;
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                TopicProvisioner.ensure(
                        admin,
                        List.of(RealizedComparison.PRICES_TOPIC),
                        partitions,
                        (short) 1,
                        true,
                        Map.of("retention.ms", "-1"));
                System.err.printf(Locale.ROOT, "pre-loading price bars into %s%n", RealizedComparison.PRICES_TOPIC);
                prices = RealizedComparison.preloadPrices(
                        withPrices, ArticleGenerator.START, ArticleGenerator.lastPublication(options.articles()));
                RealizedComparison.run(options, bootstrap, state, admin, partitions, prices, System.out);
            }
            System.out.printf(
                    Locale.ROOT,
                    "load average before / after: %s / %s; %s%n",
                    loadBefore,
                    MachineInfo.loadAverage(),
                    MachineInfo.describe());
            return;
        }

        List<ThroughputResult> results = new ArrayList<>();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            // JIT, class loading and the broker's first segments would otherwise count against the first run measured.
            Variant warmUp = new Variant(Variant.Kind.PASS_THROUGH, Variant.Guarantee.ALOS, 1);
            measure("warmup-" + warmUp.name(), warmUp, options, bootstrap, state, admin);
            for (int threads : options.threads()) {
                for (Variant.Kind kind : Variant.Kind.values()) {
                    for (Variant.Guarantee g : Variant.Guarantee.values()) {
                        Variant v = new Variant(kind, g, threads);
                        results.add(measure(v.name(), v, options, bootstrap, state, admin));
                    }
                }
            }
        }

        ThroughputResult fullEos = EndToEndReport.find(
                        results, Variant.Kind.FULL, new Variant(Variant.Kind.FULL, Variant.Guarantee.EOS, 1))
                .orElseThrow();
        ThroughputResult fullAlos = EndToEndReport.find(
                        results, Variant.Kind.FULL, new Variant(Variant.Kind.FULL, Variant.Guarantee.ALOS, 1))
                .orElseThrow();
        double rate = options.latencyRate() > 0 ? options.latencyRate() : fullEos.allStagesRate() / 2;
        System.err.printf(Locale.ROOT, "latency at %.0f articles/s%n", rate);
        LatencyResult latency = LatencyRun.run(
                bootstrap, state, Variant.Guarantee.EOS, rate, options.latencyWarmup(), options.latencySeconds());
        String loadAfterLatency = MachineInfo.loadAverage();

        EndToEndReport report = new EndToEndReport(System.out).loadAfterLatency(loadAfterLatency);
        report.setup(loadBefore, options.articles(), meanChars, partitions, started);
        report.throughput(results);
        report.threadScaling(results);
        report.brokerRecords(results);
        report.latency(latency);
        report.fanOut(fullAlos);
        report.fanOut(fullEos);
        report.profile(fullEos);
    }

    private static ThroughputResult measure(
            String name, Variant v, HarnessOptions options, String bootstrap, Path state, Admin admin)
            throws Exception {
        System.err.printf(Locale.ROOT, "%s: %d articles%n", name, options.articles());
        AppConfig cfg = BenchConfig.of(bootstrap, name, INPUT_TOPIC, v, state);
        try (AppUnderTest app =
                v.kind() == Variant.Kind.FULL ? AppUnderTest.fullPipeline(cfg) : AppUnderTest.passThrough(cfg)) {
            ThroughputResult r = ThroughputRun.run(app, v, options.articles(), options.sampleMillis(), admin);
            System.err.printf(
                    Locale.ROOT,
                    "%s: start-up %.1f s, steady %.0f articles/s, all stages done at %.1f s (%.0f articles/s)%n",
                    name,
                    r.firstOutput(),
                    r.steadyRate(),
                    r.allStagesDone(),
                    r.allStagesRate());
            return r;
        }
    }
}
