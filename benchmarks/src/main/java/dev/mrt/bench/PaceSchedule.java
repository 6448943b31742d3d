package dev.mrt.bench;

/**
 * When each article of a paced run is due: article {@code i} at {@code startMicros + i / rate}.
 * The first {@code warmup} articles are not measured.
 */
record PaceSchedule(long startMicros, double ratePerSecond, long warmup, long total) {

    static PaceSchedule startingSoon(double ratePerSecond, int warmupSeconds, int measureSeconds) {
        long warmup = Math.round(ratePerSecond * warmupSeconds);
        return new PaceSchedule(
                ProduceStamp.nowMicros() + 200_000,
                ratePerSecond,
                warmup,
                warmup + Math.round(ratePerSecond * measureSeconds));
    }

    long dueMicros(long i) {
        return startMicros + Math.round(i * 1e6 / ratePerSecond);
    }

    long measured() {
        return total - warmup;
    }

    long measureFromMicros() {
        return dueMicros(warmup);
    }

    long measureToMicros() {
        return dueMicros(total - 1);
    }
}
