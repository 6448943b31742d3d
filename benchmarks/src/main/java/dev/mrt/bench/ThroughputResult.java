package dev.mrt.bench;

import java.util.Map;

/**
 * One throughput run. Times are seconds from {@code KafkaStreams.start()}.
 *
 * @param firstOutput      the first output record read: start-up (state wipe, group join, first commit)
 * @param lastOutput       every article's output record read
 * @param allStagesDone    nothing left on any topic the app reads (the later stages caught up too);
 *                         for the pass-through, equal to {@code lastOutput}
 * @param steadyRate       output records/s between 10% and 90% of the articles: steady state
 * @param processCpu       CPU-seconds of the whole JVM (broker, readers) from start to all stages done
 * @param streamThreadCpu  CPU-seconds of the app's stream threads
 * @param volumes          records per topic of this app (see {@link TopicVolumes})
 * @param loadAverage      the machine's 1/5/15-minute load averages at the end of the run
 */
record ThroughputResult(
        Variant variant,
        int articles,
        double firstOutput,
        double lastOutput,
        double allStagesDone,
        double steadyRate,
        double processCpu,
        double streamThreadCpu,
        PipelineCounts counts,
        StackProfile profile,
        Map<String, Long> volumes,
        String loadAverage) {

    /** Articles/s until every stage is done, start-up excluded: what the app sustains with all its stages. */
    double allStagesRate() {
        return articles / (allStagesDone - firstOutput);
    }

    /**
     * Records the broker holds per article for this run, every topic counted: the input record
     * itself (one per article, in the shared input topic) and every topic of the app, internal
     * ones included. Under exactly-once the end offsets also count the commit markers.
     */
    double brokerRecordsPerArticle() {
        long app = volumes.values().stream().mapToLong(Long::longValue).sum();
        return 1 + app / (double) articles;
    }

    /** Articles/s until every stage is done, start-up included. */
    double overallRate() {
        return articles / allStagesDone;
    }
}
