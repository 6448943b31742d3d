package dev.mrt.replay;

import org.apache.kafka.common.TopicPartition;

/**
 * How far a replay has read one input partition.
 *
 * @param start    where it started (or resumed)
 * @param consumed the group's committed offset: everything before it is processed
 * @param target   where it counts as caught up
 * @param done     true when nothing committed is left before the target (offsets taken by
 *                 transaction markers may keep {@code consumed} just short of it)
 */
public record PartitionProgress(TopicPartition partition, long start, long consumed, long target, boolean done) {

    public long remaining() {
        return done ? 0 : Math.max(0, target - consumed);
    }

    public double fraction() {
        long total = target - start;
        if (done || total <= 0) {
            return 1.0;
        }
        return Math.min(1.0, Math.max(0.0, (consumed - start) / (double) total));
    }
}
