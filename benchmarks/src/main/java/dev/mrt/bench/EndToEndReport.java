package dev.mrt.bench;

import dev.mrt.tagging.ArticleTagger;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Prints the end-to-end harness's figures as Markdown, ready for benchmarks/RESULTS.md. */
final class EndToEndReport {
    // The goals of issue 15 (cross-feed linking and statistics at a small cost).
    private static final double THROUGHPUT_GOAL = 0.25;
    private static final double P99_GOAL_MS = 250;
    private static final double RECORDS_PER_ARTICLE_GOAL = 40;
    private static final double THREADS_GOAL = 1.3;

    private final PrintStream out;
    private String loadAfterLatency = "unknown";

    EndToEndReport(PrintStream out) {
        this.out = out;
    }

    /** The load average when the latency run ended. */
    EndToEndReport loadAfterLatency(String load) {
        this.loadAfterLatency = load;
        return this;
    }

    /** The facts of the run: date, machine, load, input. */
    void setup(String loadBefore, int articles, double meanChars, int partitions, Instant started) {
        ArticleTagger tagger = ArticleTagger.loadDefault();
        out.printf(Locale.ROOT, "| | |%n|---|---|%n");
        out.printf(Locale.ROOT, "| date | %s (start) to %s (end) |%n", started, Instant.now());
        out.printf(Locale.ROOT, "| machine | %s |%n", MachineInfo.describe());
        out.printf(
                Locale.ROOT,
                "| load average (1/5/15 min) before / after | %s / %s |%n",
                loadBefore,
                MachineInfo.loadAverage());
        out.printf(Locale.ROOT, "| tagger | %s, taxonomy %s |%n", tagger.taggerVersion(), tagger.taxonomyVersion());
        out.printf(
                Locale.ROOT,
                "| input | %d articles pre-loaded, %.0f chars of text each on average (2-6 KB), %d partitions,"
                        + " publication order, distinct ids |%n",
                articles,
                meanChars,
                partitions);
        out.printf(
                Locale.ROOT,
                "| setup | one JVM: embedded KRaft broker, in-process registry (mock://), the app, a read_committed"
                        + " reader of its output; defaults of `run` (config/application.properties) |%n%n");
    }

    void throughput(List<ThroughputResult> results) {
        out.printf(
                Locale.ROOT,
                "| run | guarantee | threads | start-up s | steady articles/s (10-90%%) | all stages done s"
                        + " | all stages articles/s (after start-up) | JVM CPU ms/article | stream-thread CPU ms/article"
                        + " | load average after |%n");
        out.printf(Locale.ROOT, "|---|---|---:|---:|---:|---:|---:|---:|---:|---|%n");
        for (ThroughputResult r : results) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %d | %.1f | **%.0f** | %.1f | **%.0f** | %.2f | %.2f | %s |%n",
                    r.variant().kind().label,
                    r.variant().guarantee().setting,
                    r.variant().threads(),
                    r.firstOutput(),
                    r.steadyRate(),
                    r.allStagesDone(),
                    r.allStagesRate(),
                    1e3 * r.processCpu() / r.articles(),
                    1e3 * r.streamThreadCpu() / r.articles(),
                    r.loadAverage());
        }
        out.println();
        out.printf(
                Locale.ROOT,
                "| ratio full / pass-through | threads | steady | all stages | goal >= %.0f%% |%n|---|---:|---:|---:|---|%n",
                100 * THROUGHPUT_GOAL);
        for (ThroughputResult full : results) {
            if (full.variant().kind() != Variant.Kind.FULL) {
                continue;
            }
            find(results, Variant.Kind.PASS_THROUGH, full.variant()).ifPresent(pass -> {
                double steady = full.steadyRate() / pass.steadyRate();
                double all = full.allStagesRate() / pass.allStagesRate();
                out.printf(
                        Locale.ROOT,
                        "| %s | %d | %.1f%% | %.1f%% | %s |%n",
                        full.variant().guarantee().setting,
                        full.variant().threads(),
                        100 * steady,
                        100 * all,
                        Math.min(steady, all) >= THROUGHPUT_GOAL ? "met" : "**not met**");
            });
        }
        out.println();
    }

    /** Each kind and guarantee with more threads against the same with one thread. */
    void threadScaling(List<ThroughputResult> results) {
        out.printf(
                Locale.ROOT,
                "| threads vs 1 thread | guarantee | threads | steady | all stages | goal (full) >= %.1fx |%n"
                        + "|---|---|---:|---:|---:|---|%n",
                THREADS_GOAL);
        for (ThroughputResult more : results) {
            if (more.variant().threads() == 1) {
                continue;
            }
            Variant single = new Variant(more.variant().kind(), more.variant().guarantee(), 1);
            find(results, single.kind(), single).ifPresent(one -> {
                double steady = more.steadyRate() / one.steadyRate();
                double all = more.allStagesRate() / one.allStagesRate();
                out.printf(
                        Locale.ROOT,
                        "| %s | %s | %d | %.2fx | %.2fx | %s |%n",
                        more.variant().kind().label,
                        more.variant().guarantee().setting,
                        more.variant().threads(),
                        steady,
                        all,
                        more.variant().kind() != Variant.Kind.FULL ? "" : all >= THREADS_GOAL ? "met" : "**not met**");
            });
        }
        out.println();
    }

    /** Broker records per article of every full run, every topic counted (input and internal ones). */
    void brokerRecords(List<ThroughputResult> results) {
        out.printf(
                Locale.ROOT,
                "| broker records per article, every topic | guarantee | threads | records | per article | goal <= %.0f |%n"
                        + "|---|---|---:|---:|---:|---|%n",
                RECORDS_PER_ARTICLE_GOAL);
        for (ThroughputResult r : results) {
            if (r.variant().kind() != Variant.Kind.FULL) {
                continue;
            }
            double perArticle = r.brokerRecordsPerArticle();
            out.printf(
                    Locale.ROOT,
                    "| full | %s | %d | %.0f | **%.1f** | %s |%n",
                    r.variant().guarantee().setting,
                    r.variant().threads(),
                    perArticle * r.articles(),
                    perArticle,
                    perArticle <= RECORDS_PER_ARTICLE_GOAL ? "met" : "**not met**");
        }
        out.printf(
                Locale.ROOT,
                "%nThe input record (one per article) plus the end offsets of every topic of the app (outputs,"
                        + " dead letters, changelogs, repartition topics); under exactly-once the offsets include"
                        + " one commit marker per partition and transaction.%n%n");
    }

    void latency(LatencyResult r) {
        out.printf(
                Locale.ROOT,
                "| latency, produce to read_committed enriched | %s, 1 thread, %.0f articles/s |%n|---|---|%n",
                r.guarantee(),
                r.rate());
        out.printf(
                Locale.ROOT,
                "| measured | %d s after %d s of warm-up: %d of %d articles' enriched records read;"
                        + " load average after %s |%n",
                r.measureSeconds(),
                r.warmupSeconds(),
                r.recorded(),
                r.expected(),
                loadAfterLatency);
        out.printf(Locale.ROOT, "| p50 / p90 | %.1f ms / %.1f ms |%n", r.p50(), r.p90());
        out.printf(
                Locale.ROOT,
                "| **p99** / p99.9 / max | **%.1f ms** / %.1f ms / %.1f ms (goal p99 <= %.0f ms: %s) |%n",
                r.p99(),
                r.p999(),
                r.max(),
                P99_GOAL_MS,
                r.p99() <= P99_GOAL_MS && r.recorded() == r.expected() ? "met" : "**not met**");
        out.printf(
                Locale.ROOT,
                "| mean | %.1f ms (producer's worst delay behind schedule %.1f ms, included) |%n%n",
                r.mean(),
                r.producerLagMs());
    }

    /** Fan-out per article and records per topic, from a full run. */
    void fanOut(ThroughputResult r) {
        PipelineCounts c = r.counts();
        out.printf(
                Locale.ROOT,
                "Fan-out of the full pipeline (%s, %d threads), per article: %.2f political events, %.2f market notes,"
                        + " %.2f links inside the article, %.2f cross-feed links. Dead letters: %.0f %s; late records by stage: %s.%n%n",
                r.variant().guarantee().setting,
                r.variant().threads(),
                c.perArticle(c.events()),
                c.perArticle(c.notes()),
                c.perArticle(c.articleLinks()),
                c.perArticle(c.crossFeedLinks()),
                c.deadLetters(),
                c.deadLettersByReason(),
                c.lateByStage());
        out.printf(Locale.ROOT, "| topic | records | per article |%n|---|---:|---:|%n");
        for (Map.Entry<String, Long> e : r.volumes().entrySet()) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %d | %.2f |%n",
                    e.getKey(),
                    e.getValue(),
                    e.getValue() / (double) r.articles());
        }
        long total = r.volumes().values().stream().mapToLong(Long::longValue).sum();
        out.printf(Locale.ROOT, "| **all** | %d | **%.1f** |%n%n", total, total / (double) r.articles());
    }

    /** Where the stream thread's time went in a full run. */
    void profile(ThroughputResult r) {
        PipelineCounts c = r.counts();
        out.printf(
                Locale.ROOT,
                "Profile of the full pipeline (%s, %d threads): %.1f ms of tagging per article (mrt.tagging.time),"
                        + " %.1f ms of stream-thread CPU per article: tagging is %.0f%% of the stream thread's CPU.%n%n",
                r.variant().guarantee().setting,
                r.variant().threads(),
                1e3 * c.taggingSeconds() / c.tagged(),
                1e3 * r.streamThreadCpu() / r.articles(),
                100 * c.taggingSeconds() / r.streamThreadCpu());
        StackProfile p = r.profile();
        realizedCost(r, p);
        if (p.samples() == 0) {
            return;
        }
        out.printf(
                Locale.ROOT,
                "%d stack samples of the stream thread, from the first output to all stages done.%n%n",
                p.samples());
        StackProfileTable.print(out, "activity (innermost recognised frame)", p.activities(), p.samples());
        StackProfileTable.print(out, "stage (innermost processor of ours)", p.stages(), p.samples());
        StackProfileTable.print(out, "stream-thread phase", p.phases(), p.samples());
        StackProfileTable.print(out, "stage / activity (the 15 largest)", p.stageActivities(), p.samples(), 15);
    }

    /**
     * What measuring realized moves adds per article: the stream-thread samples in its processors
     * (its RocksDB and serde work included) and the records it writes (repartition, output,
     * changelogs), each of which the thread loop also reads, produces or commits.
     */
    private void realizedCost(ThroughputResult r, StackProfile p) {
        long realized = r.volumes().entrySet().stream()
                .filter(e -> e.getKey().contains("realized"))
                .mapToLong(Map.Entry::getValue)
                .sum();
        long all = r.volumes().values().stream().mapToLong(Long::longValue).sum();
        double share = p.samples() == 0 ? 0 : p.stages().getOrDefault("realized moves", 0) / (double) p.samples();
        out.printf(
                Locale.ROOT,
                "Added cost of realized moves (%s, %d threads): %.1f%% of the stream thread's samples in its"
                        + " processors, about %.2f ms of stream-thread CPU per article; %.2f of its records per article"
                        + " (repartition, output, changelogs) of %.1f in all (%.1f%%).%n%n",
                r.variant().guarantee().setting,
                r.variant().threads(),
                100 * share,
                1e3 * share * r.streamThreadCpu() / r.articles(),
                realized / (double) r.articles(),
                all / (double) r.articles(),
                all == 0 ? 0 : 100.0 * realized / all);
    }

    static Optional<ThroughputResult> find(List<ThroughputResult> results, Variant.Kind kind, Variant like) {
        return results.stream()
                .filter(r -> r.variant().kind() == kind
                        && r.variant().guarantee() == like.guarantee()
                        && r.variant().threads() == like.threads())
                .findFirst();
    }
}
