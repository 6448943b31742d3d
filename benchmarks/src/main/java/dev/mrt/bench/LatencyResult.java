package dev.mrt.bench;

import org.HdrHistogram.Histogram;

/**
 * End-to-end latency of one paced run: from the produce stamp to the enriched record read by a
 * {@code read_committed} consumer. Percentiles in milliseconds.
 *
 * @param expected        articles produced in the measured span
 * @param recorded        of those, enriched records read (the rest had not arrived when the run ended)
 * @param producerLagMs   the largest delay of a send behind its schedule (included in the latencies)
 */
record LatencyResult(
        String guarantee,
        double rate,
        int warmupSeconds,
        int measureSeconds,
        long expected,
        long recorded,
        double p50,
        double p90,
        double p99,
        double p999,
        double max,
        double mean,
        double producerLagMs) {

    static LatencyResult of(
            String guarantee,
            PaceSchedule schedule,
            int warmupSeconds,
            int measureSeconds,
            long recorded,
            Histogram micros,
            double producerLagMs) {
        return new LatencyResult(
                guarantee,
                schedule.ratePerSecond(),
                warmupSeconds,
                measureSeconds,
                schedule.measured(),
                recorded,
                ms(micros.getValueAtPercentile(50)),
                ms(micros.getValueAtPercentile(90)),
                ms(micros.getValueAtPercentile(99)),
                ms(micros.getValueAtPercentile(99.9)),
                ms(micros.getMaxValue()),
                micros.getMean() / 1e3,
                producerLagMs);
    }

    private static double ms(long micros) {
        return micros / 1e3;
    }
}
