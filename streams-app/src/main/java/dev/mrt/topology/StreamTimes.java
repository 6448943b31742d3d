package dev.mrt.topology;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.kafka.streams.processor.TaskId;

/**
 * Observed stream time per task, shared by the processors that feed one windowed operator, so
 * that a late-record gate sees the same clock as the join or aggregation after it.
 */
final class StreamTimes {
    private final ConcurrentMap<TaskId, Long> byTask = new ConcurrentHashMap<>();

    /** Records {@code timestamp} and returns the task's stream time including it. */
    long advance(TaskId task, long timestamp) {
        return byTask.merge(task, timestamp, Math::max);
    }

    long current(TaskId task) {
        return byTask.getOrDefault(task, Long.MIN_VALUE);
    }
}
