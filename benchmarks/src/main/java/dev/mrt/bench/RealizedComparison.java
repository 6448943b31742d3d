package dev.mrt.bench;

import dev.mrt.avro.PriceTick;
import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.RecordSender;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.runtime.TopicProvisioner;
import dev.mrt.samples.SyntheticPrices;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.Topics;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * What the realized-move stage costs the full pipeline, measured in one session on a shared
 * machine: the same pre-loaded articles through the full pipeline without the stage
 * ({@code realized.enabled=false}: the topology before the feature), with it and no prices, and
 * with it and 15-minute bars of every instrument over the articles' span, in an order rotated each
 * round so that load drifting over the session does not favour one of them; each run's load
 * average is printed beside it.
 */
final class RealizedComparison {
    static final String PRICES_TOPIC = "bench.prices";
    static final String NO_PRICES_TOPIC = "bench.no-prices";

    /** One configuration of the comparison. */
    enum Setup {
        OFF("without the stage", false, NO_PRICES_TOPIC),
        ON("with it, no prices", true, NO_PRICES_TOPIC),
        ON_PRICES("with it and 15-min bars", true, PRICES_TOPIC);

        final String label;
        final boolean enabled;
        final String pricesTopic;

        Setup(String label, boolean enabled, String pricesTopic) {
            this.label = label;
            this.enabled = enabled;
            this.pricesTopic = pricesTopic;
        }
    }

    private record Run(Setup setup, int round, String loadBefore, ThroughputResult result) {}

    private RealizedComparison() {}

    /** @return prices sent: 15-minute bars of every instrument from 5 days before the first article to a day after the last */
    static int preloadPrices(AppConfig base, Instant first, Instant last) {
        Instruments instruments = Pipeline.instrumentsFor(base);
        List<SyntheticPrices.Episode> episodes = new ArrayList<>();
        // An episode's 15-minute bars run from 2 h before to 25 h after it: one a day covers every day.
        for (Instant day = first; !day.isAfter(last.plus(Duration.ofDays(1))); day = day.plus(Duration.ofDays(1))) {
            for (Instrument i : instruments.all()) {
                episodes.add(new SyntheticPrices.Episode(i, day));
            }
        }
        Map<String, String> units = new HashMap<>();
        instruments.all().forEach(i -> units.put(i.code(), i.unit().code()));
        List<PriceTick> ticks = new SyntheticPrices(17)
                .bars(episodes).stream()
                        .sorted(Comparator.comparing(SyntheticPrices.Bar::time))
                        .map(b -> PriceTick.newBuilder()
                                .setInstrument(b.instrument())
                                .setTime(b.time())
                                .setValue(b.value())
                                .setUnit(units.get(b.instrument()))
                                .setSymbol(null)
                                .setSource("bench")
                                .setSynthetic(true)
                                .build())
                        .toList();
        try (SharedRegistrySerdes serdes = SerdeFactories.forConfig(base)) {
            return RecordSender.sendAll(
                    base.string(Setting.BOOTSTRAP_SERVERS),
                    Topics.from(base, serdes::valueSerde).prices(),
                    ticks,
                    PriceTick::getInstrument,
                    p -> p.getTime().toEpochMilli());
        }
    }

    static void run(
            HarnessOptions options,
            String bootstrap,
            Path state,
            Admin admin,
            int partitions,
            int prices,
            PrintStream out)
            throws Exception {
        TopicProvisioner.ensure(
                admin, List.of(NO_PRICES_TOPIC), partitions, (short) 1, true, Map.of("retention.ms", "-1"));
        int threads = options.threads().get(0);
        Setup[] setups = Setup.values();
        List<Run> runs = new ArrayList<>();
        for (int round = 1; round <= options.realizedRounds(); round++) {
            for (int k = 0; k < setups.length; k++) {
                Setup s = setups[(k + round - 1) % setups.length];
                // Not "realized-...": the records of the stage are told apart by that word in their topics' names.
                String name = "cmp-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-r" + round;
                Variant v = new Variant(Variant.Kind.FULL, Variant.Guarantee.ALOS, threads);
                AppConfig cfg = BenchConfig.of(
                        bootstrap,
                        name,
                        EndToEndHarness.INPUT_TOPIC,
                        v.guarantee().setting,
                        state,
                        Map.of(
                                Setting.KAFKA_PREFIX + "num.stream.threads",
                                String.valueOf(threads),
                                Setting.REALIZED_ENABLED.key(),
                                String.valueOf(s.enabled),
                                Setting.TOPIC_PRICES.key(),
                                s.pricesTopic));
                String load = MachineInfo.loadAverage();
                System.err.printf(Locale.ROOT, "%s: %d articles, load %s%n", name, options.articles(), load);
                try (AppUnderTest app = AppUnderTest.fullPipeline(cfg)) {
                    ThroughputResult r = ThroughputRun.run(app, v, options.articles(), options.sampleMillis(), admin);
                    System.err.printf(
                            Locale.ROOT,
                            "%s: steady %.0f articles/s, all stages %.0f articles/s%n",
                            name,
                            r.steadyRate(),
                            r.allStagesRate());
                    runs.add(new Run(s, round, load, r));
                }
            }
        }
        print(out, runs, threads, prices, options.articles());
    }

    private static void print(PrintStream out, List<Run> runs, int threads, int prices, int articles) {
        out.printf(
                Locale.ROOT,
                "Full pipeline, at_least_once, %d stream thread(s), %d articles; %d price bars (%.1f per article)"
                        + " on the prices topic of the third setup.%n%n",
                threads,
                articles,
                prices,
                prices / (double) articles);
        out.printf(
                Locale.ROOT,
                "| round | setup | load (1/5/15) at start | steady articles/s | all stages articles/s"
                        + " | stream-thread CPU ms/article | realized records/article |%n");
        out.printf(Locale.ROOT, "|---:|---|---|---:|---:|---:|---:|%n");
        for (Run run : runs) {
            ThroughputResult r = run.result();
            out.printf(
                    Locale.ROOT,
                    "| %d | %s | %s | %.0f | %.0f | %.2f | %.2f |%n",
                    run.round(),
                    run.setup().label,
                    run.loadBefore(),
                    r.steadyRate(),
                    r.allStagesRate(),
                    1e3 * r.streamThreadCpu() / r.articles(),
                    realizedRecords(r) / (double) r.articles());
        }
        Map<Setup, double[]> medians = new HashMap<>();
        for (Setup s : Setup.values()) {
            List<ThroughputResult> of =
                    runs.stream().filter(r -> r.setup() == s).map(Run::result).toList();
            medians.put(s, new double[] {
                median(of.stream().mapToDouble(ThroughputResult::steadyRate).toArray()),
                median(of.stream().mapToDouble(ThroughputResult::allStagesRate).toArray()),
                median(of.stream()
                        .mapToDouble(r -> 1e3 * r.streamThreadCpu() / r.articles())
                        .toArray())
            });
        }
        double[] off = medians.get(Setup.OFF);
        out.printf(
                Locale.ROOT,
                "%n| median of the rounds | steady articles/s | all stages articles/s | vs without | stream-thread CPU"
                        + " ms/article | added ms/article | goal: all stages >= 90%% of without |%n");
        out.printf(Locale.ROOT, "|---|---:|---:|---:|---:|---:|---|%n");
        for (Setup s : Setup.values()) {
            double[] m = medians.get(s);
            double ratio = m[1] / off[1];
            out.printf(
                    Locale.ROOT,
                    "| %s | %.0f | **%.0f** | %.1f%% | %.2f | %+.2f | %s |%n",
                    s.label,
                    m[0],
                    m[1],
                    100 * ratio,
                    m[2],
                    m[2] - off[2],
                    s == Setup.OFF ? "" : ratio >= 0.9 ? "met" : "**not met**");
        }
        out.println();
    }

    private static long realizedRecords(ThroughputResult r) {
        return r.volumes().entrySet().stream()
                .filter(e -> e.getKey().contains("realized"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length == 0
                ? Double.NaN
                : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
