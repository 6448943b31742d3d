package dev.mrt.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Samples the stacks of an application's stream threads at a fixed interval and counts what
 * they were doing ({@link FrameClassifier}). {@link ThreadMXBean} samples at safepoints, so a
 * sample lands on a method boundary or loop edge, not on the exact instruction: good for shares
 * of a few percent and up, not for hot loops. Unlike JFR's execution samples it also sees a
 * thread inside native code (RocksDB's JNI calls) or waiting.
 */
final class StackSampler implements AutoCloseable {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int DEPTH = 256;

    private final String threadNamePrefix;
    private final long intervalMillis;
    private final Map<String, Map<String, Integer>> counts = new HashMap<>();
    private final Thread thread;
    private volatile boolean stopped;
    private int samples;

    /** @param threadNamePrefix the application id: stream threads are named {@code <id>-<uuid>-StreamThread-<n>} */
    private StackSampler(String threadNamePrefix, long intervalMillis) {
        this.threadNamePrefix = threadNamePrefix;
        this.intervalMillis = intervalMillis;
        this.thread = new Thread(this::run, "bench-stack-sampler");
        thread.setDaemon(true);
    }

    static StackSampler start(String applicationId, long intervalMillis) {
        StackSampler s = new StackSampler(applicationId + "-", intervalMillis);
        s.thread.start();
        return s;
    }

    private void run() {
        long[] ids = new long[0];
        long nextLookup = 0;
        while (!stopped) {
            long now = System.nanoTime();
            if (now >= nextLookup) {
                ids = streamThreadIds();
                nextLookup = now + 1_000_000_000L;
            }
            if (ids.length > 0) {
                for (ThreadInfo info : THREADS.getThreadInfo(ids, DEPTH)) {
                    if (info != null) {
                        record(FrameClassifier.classify(info.getStackTrace()));
                    }
                }
            }
            try {
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private long[] streamThreadIds() {
        List<Long> out = new ArrayList<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds(), 0)) {
            if (info != null
                    && info.getThreadName().startsWith(threadNamePrefix)
                    && info.getThreadName().contains("-StreamThread-")) {
                out.add(info.getThreadId());
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private synchronized void record(FrameClassifier.Sample s) {
        samples++;
        counts.computeIfAbsent("activity", k -> new HashMap<>()).merge(s.activity(), 1, Integer::sum);
        counts.computeIfAbsent("stage", k -> new HashMap<>()).merge(s.stage(), 1, Integer::sum);
        counts.computeIfAbsent("phase", k -> new HashMap<>()).merge(s.phase(), 1, Integer::sum);
        counts.computeIfAbsent("stage x activity", k -> new HashMap<>())
                .merge(s.stage() + " / " + s.activity(), 1, Integer::sum);
    }

    /** Stops sampling and returns what was counted. */
    synchronized StackProfile profile() {
        stopped = true;
        thread.interrupt();
        return new StackProfile(samples, copy("activity"), copy("stage"), copy("phase"), copy("stage x activity"));
    }

    private Map<String, Integer> copy(String axis) {
        return Map.copyOf(counts.getOrDefault(axis, Map.of()));
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
    }
}
