package dev.mrt.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Options of the end-to-end harness, as {@code key=value} arguments (all optional).
 *
 * @param articles        articles pre-loaded into the input topic, read by every throughput run
 * @param threads         stream-thread counts to measure (each runs pass-through and full, ALOS and EOS)
 * @param latencyWarmup   seconds of paced input before latencies are recorded
 * @param latencySeconds  seconds of paced input whose latencies are recorded
 * @param latencyRate     articles/s of the latency run; 0 = half the measured all-stages rate of the full pipeline under EOS
 * @param sampleMillis    interval of the stack sampler on the stream threads during the full-pipeline runs; 0 = off
 * @param realizedRounds  when above 0, instead of the runs above: this many rounds of the full pipeline
 *                        without the realized-move stage, with it, and with it and price bars ({@link RealizedComparison})
 */
record HarnessOptions(
        int articles,
        List<Integer> threads,
        int latencyWarmup,
        int latencySeconds,
        double latencyRate,
        int sampleMillis,
        int realizedRounds) {

    static final String USAGE = "usage: EndToEndHarness [articles=30000] [threads=1] [latency-warmup=20] "
            + "[latency-seconds=60] [latency-rate=0] [sample-ms=10] [realized-rounds=0]";
    private static final Set<String> KEYS = Set.of(
            "articles", "threads", "latency-warmup", "latency-seconds", "latency-rate", "sample-ms", "realized-rounds");

    static HarnessOptions parse(String[] args) {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0 || !KEYS.contains(arg.substring(0, eq))) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; " + USAGE);
            }
            given.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        List<Integer> threads = new ArrayList<>();
        for (String t : given.getOrDefault("threads", "1").split(",")) {
            threads.add(Integer.parseInt(t.trim()));
        }
        return new HarnessOptions(
                Integer.parseInt(given.getOrDefault("articles", "30000")),
                List.copyOf(threads),
                Integer.parseInt(given.getOrDefault("latency-warmup", "20")),
                Integer.parseInt(given.getOrDefault("latency-seconds", "60")),
                Double.parseDouble(given.getOrDefault("latency-rate", "0")),
                Integer.parseInt(given.getOrDefault("sample-ms", "10")),
                Integer.parseInt(given.getOrDefault("realized-rounds", "0")));
    }
}
