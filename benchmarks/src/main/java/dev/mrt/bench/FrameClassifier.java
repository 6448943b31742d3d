package dev.mrt.bench;

import java.util.List;
import java.util.Map;

/**
 * Names what a stream thread was doing in one stack sample, along three axes:
 * <ul>
 *   <li>activity: the innermost frame we recognise (tagging, Avro, RocksDB, producer,
 *       waiting...), so the time inside a serializer called from a processor counts as serde;</li>
 *   <li>stage: the innermost processor class of ours on the stack (the topology stage that
 *       caused the work), or the Kafka Streams step when there is none (reading input, commit);</li>
 *   <li>phase: the step of the stream thread's loop (poll, process, commit, punctuate).</li>
 * </ul>
 */
final class FrameClassifier {
    /** Activity by class-name prefix, innermost frame first; the first match wins. */
    private static final List<Map.Entry<String, String>> ACTIVITIES = List.of(
            Map.entry("dev.mrt.tagging.", "tagging (dev.mrt.tagging)"),
            Map.entry("org.apache.avro.", "Avro serde"),
            Map.entry("dev.mrt.serde.", "Avro serde"),
            Map.entry("org.rocksdb.", "RocksDB (JNI)"),
            Map.entry("org.apache.kafka.streams.state.internals.ThreadCache", "record cache"),
            Map.entry("org.apache.kafka.streams.state.internals.NamedCache", "record cache"),
            Map.entry("org.apache.kafka.streams.state.internals.", "state store layers (Kafka Streams)"),
            Map.entry("org.apache.kafka.clients.producer.", "producer (send, flush, transactions)"),
            Map.entry("org.apache.kafka.clients.consumer.", "consumer (fetch, offsets)"),
            Map.entry("org.apache.kafka.common.", "Kafka common (records, network, metrics)"),
            Map.entry("dev.mrt.topology.", "topology code (dev.mrt.topology)"),
            Map.entry("org.apache.kafka.streams.", "Kafka Streams runtime"));

    /** Stage by our processor classes. */
    private static final List<Map.Entry<String, String>> STAGES = List.of(
            Map.entry("dev.mrt.topology.ArticleValidator", "articles: validate"),
            Map.entry("dev.mrt.topology.ArticleDeduplicator", "articles: deduplicate"),
            Map.entry("dev.mrt.topology.TagArticleProcessor", "articles: tag, enriched out"),
            Map.entry("dev.mrt.topology.ArticleRecorder", "articles: remember (revision, contribution)"),
            Map.entry("dev.mrt.topology.LinkSources", "articles: sources for linking"),
            Map.entry("dev.mrt.topology.ArticleStatsChanges", "articles: sources for linking"),
            Map.entry("dev.mrt.topology.ArticleTaggingTopology", "articles: sources for linking"),
            Map.entry("dev.mrt.topology.ReactionLink", "cross-feed linking"),
            Map.entry("dev.mrt.topology.LinkIndex", "cross-feed linking"),
            Map.entry("dev.mrt.topology.BestLinks", "cross-feed linking"),
            Map.entry("dev.mrt.topology.StatsAggregator", "statistics"),
            Map.entry("dev.mrt.topology.StatsCells", "statistics"),
            Map.entry("dev.mrt.topology.StatsWindowEntry", "statistics"),
            Map.entry("dev.mrt.topology.ReactionIncrements", "statistics"),
            Map.entry("dev.mrt.topology.ReactionStatsTopology", "statistics"),
            Map.entry("dev.mrt.topology.ArticleViewIndexer", "dashboard views"),
            Map.entry("dev.mrt.topology.ArticleTextIndexer", "dashboard views"),
            Map.entry("dev.mrt.topology.WindowStoreEntries", "dashboard views"),
            Map.entry("dev.mrt.topology.ArticleViews", "dashboard views"),
            Map.entry("dev.mrt.topology.RealizedMoveIndexer", "dashboard views"),
            Map.entry("dev.mrt.topology.ReactionSetTracker", "realized moves"),
            Map.entry("dev.mrt.topology.ReactionsToMeasure", "realized moves"),
            Map.entry("dev.mrt.topology.RealizedMeasurer", "realized moves"),
            Map.entry("dev.mrt.topology.RealizedBook", "realized moves"),
            Map.entry("dev.mrt.topology.PriceValidator", "realized moves"));

    private FrameClassifier() {}

    /** One sample, classified. */
    record Sample(String activity, String stage, String phase) {}

    static Sample classify(StackTraceElement[] stack) {
        return new Sample(activity(stack), stage(stack), phase(stack));
    }

    private static String activity(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "no stack";
        }
        if (isWaiting(stack[0])) {
            return "waiting (blocked, parked or in poll)";
        }
        for (StackTraceElement f : stack) {
            for (Map.Entry<String, String> a : ACTIVITIES) {
                if (f.getClassName().startsWith(a.getKey())) {
                    return a.getValue();
                }
            }
        }
        return "other (JDK, logging)";
    }

    private static boolean isWaiting(StackTraceElement top) {
        String c = top.getClassName();
        String m = top.getMethodName();
        return c.equals("jdk.internal.misc.Unsafe") && m.equals("park")
                || c.equals("java.lang.Object") && m.equals("wait")
                || c.equals("java.lang.Thread") && m.equals("sleep")
                || c.startsWith("sun.nio.ch.EPoll") && m.equals("wait");
    }

    private static String stage(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            for (Map.Entry<String, String> s : STAGES) {
                if (f.getClassName().startsWith(s.getKey())) {
                    return s.getValue();
                }
            }
        }
        // Input records are deserialized (and their time extracted) when queued and when they
        // reach the head of their partition's queue, before any processor of ours runs.
        if (contains(stack, "org.apache.kafka.streams.processor.internals.RecordQueue")) {
            return "reading input (deserialize, extract time)";
        }
        return "thread loop: " + phase(stack);
    }

    private static String phase(StackTraceElement[] stack) {
        for (int i = stack.length - 1; i >= 0; i--) {
            StackTraceElement f = stack[i];
            if (!f.getClassName().startsWith("org.apache.kafka.streams.processor.internals.")) {
                continue;
            }
            String m = f.getMethodName();
            if (m.equals("maybeCommit") || m.equals("commit") || m.startsWith("commitTasks")) {
                return "commit";
            }
            if (m.equals("pollPhase") || m.equals("pollRequests")) {
                return "poll";
            }
            if (m.equals("process") && f.getClassName().endsWith("TaskExecutor")
                    || m.equals("process") && f.getClassName().endsWith("TaskManager")) {
                return "process";
            }
            if (m.equals("punctuate")) {
                return "punctuate";
            }
            if (m.contains("restore") || m.contains("Restore")) {
                return "restore";
            }
        }
        return "other";
    }

    private static boolean contains(StackTraceElement[] stack, String className) {
        for (StackTraceElement f : stack) {
            if (f.getClassName().equals(className)) {
                return true;
            }
        }
        return false;
    }
}
