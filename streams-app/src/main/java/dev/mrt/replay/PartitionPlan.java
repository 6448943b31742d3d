package dev.mrt.replay;

import org.apache.kafka.common.TopicPartition;

/**
 * One input partition of a replay.
 *
 * @param start   where the replay's consumer group starts (or resumes): the offset reset to, or the
 *                offset it had committed already
 * @param end     the partition's end (last stable offset) when the replay started: caught up there
 * @param resumed true when the group had committed this offset itself, so no reset is done
 */
public record PartitionPlan(TopicPartition partition, long start, long end, boolean resumed) {

    public long toProcess() {
        return Math.max(0, end - start);
    }
}
