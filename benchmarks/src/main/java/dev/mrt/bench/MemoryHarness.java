package dev.mrt.bench;

import dev.mrt.embedded.EmbeddedKafka;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Memory of the full pipeline over a long stream: the app runs alone in a child JVM
 * ({@link MemoryProbeApp}) with a fixed maximum heap, over the embedded broker in this JVM;
 * the app's JVM also publishes the articles (at most {@code max-lead} ahead of the app, so the
 * broker holds a bounded backlog). This JVM collects the app's heap-after-GC and RSS every
 * {@code every} articles. Bounded memory shows as flat heap and RSS once the stores'
 * retentions are reached (dedup 7 days, statistics 7 and 400 days, dashboard 30 days of event
 * time; the articles are 5 minutes apart, so 400 days are about 115k articles).
 * The broker deletes old segments by size, so a long run does not fill the disk.
 * Run from the repository root:
 * {@code java -cp benchmarks/target/benchmarks.jar dev.mrt.bench.MemoryHarness [articles=1000000] [every=50000]
 * [guarantee=exactly_once_v2] [heap=1g] [min-chars=1024] [max-chars=2048] [max-lead=50000]}.
 */
public final class MemoryHarness {
    static final String APPLICATION_ID = "memory";
    static final String INPUT_TOPIC = "bench.memory.articles";
    private static final Set<String> KEYS =
            Set.of("articles", "every", "guarantee", "heap", "min-chars", "max-chars", "max-lead");

    private MemoryHarness() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new HashMap<>(Map.of(
                "articles",
                "1000000",
                "every",
                "50000",
                "guarantee",
                "exactly_once_v2",
                "heap",
                "1g",
                "min-chars",
                "1024",
                "max-chars",
                "2048",
                "max-lead",
                "50000"));
        for (String a : args) {
            int eq = a.indexOf('=');
            if (eq <= 0 || !KEYS.contains(a.substring(0, eq))) {
                System.err.println("unknown argument '" + a + "'; expected key=value with a key of " + KEYS);
                System.exit(2);
            }
            o.put(a.substring(0, eq), a.substring(eq + 1));
        }
        String loadBefore = MachineInfo.loadAverage();
        Instant started = Instant.now();
        int articles = Integer.parseInt(o.get("articles"));
        List<MemoryCheckpoint> points = Collections.synchronizedList(new ArrayList<>());
        AtomicReference<Double> meanChars = new AtomicReference<>(Double.NaN);
        try (TempDirectory work = TempDirectory.create("mrt-memory-");
                EmbeddedKafka kafka = EmbeddedKafka.builder()
                        .dataDir(work.path().resolve("kafka"))
                        // Size-based deletion per partition: a million articles make tens of GB of statistics updates.
                        .brokerProperty("log.retention.bytes", String.valueOf(128L << 20))
                        .brokerProperty("log.segment.bytes", String.valueOf(32L << 20))
                        .brokerProperty("log.retention.check.interval.ms", "30000")
                        .build()) {
            kafka.start();
            Path state = work.path().resolve("state");
            try (ChildJvm app = ChildJvm.start(
                    List.of("-Xmx" + o.get("heap")),
                    MemoryProbeApp.class,
                    List.of(
                            kafka.bootstrapServers(),
                            state.toString(),
                            o.get("guarantee"),
                            o.get("articles"),
                            o.get("every"),
                            o.get("min-chars"),
                            o.get("max-chars"),
                            o.get("max-lead")),
                    line -> {
                        MemoryCheckpoint c = MemoryCheckpoint.parse(line);
                        if (c != null) {
                            points.add(c);
                            System.err.println(line);
                        } else if (line.startsWith(MemoryProbeApp.FED_PREFIX)) {
                            meanChars.set(Double.parseDouble(line.substring(MemoryProbeApp.FED_PREFIX.length())));
                        }
                    })) {
                int code = app.waitFor();
                if (code != 0) {
                    throw new IllegalStateException("the app exited with " + code);
                }
            }
        }
        report(o, articles, meanChars.get(), loadBefore, started, points);
        System.exit(0);
    }

    /** The report: what ran, then the checkpoints. */
    private static void report(
            Map<String, String> o,
            int articles,
            double meanChars,
            String loadBefore,
            Instant started,
            List<MemoryCheckpoint> points) {
        System.out.printf(Locale.ROOT, "| | |%n|---|---|%n");
        System.out.printf(Locale.ROOT, "| date | %s (start) to %s (end) |%n", started, Instant.now());
        System.out.printf(Locale.ROOT, "| machine | %s |%n", MachineInfo.describe());
        System.out.printf(
                Locale.ROOT,
                "| load average (1/5/15 min) before / after | %s / %s |%n",
                loadBefore,
                MachineInfo.loadAverage());
        System.out.printf(
                Locale.ROOT,
                "| app | full pipeline (defaults of `run`), %s, 1 stream thread, alone in a JVM with -Xmx%s |%n",
                o.get("guarantee"),
                o.get("heap"));
        System.out.printf(
                Locale.ROOT,
                "| input | %d articles of %s-%s chars (mean %.0f), 5 min apart in publication time (%.1f years) |%n%n",
                articles,
                o.get("min-chars"),
                o.get("max-chars"),
                meanChars,
                articles * 5.0 / 60 / 24 / 365.25);
        MemoryReport.print(System.out, List.copyOf(points));
    }
}
