package dev.mrt.replay;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * Decides where a replay reads each input partition from and up to. A partition the group has
 * committed resumes there (a restarted replay must not process a record twice, nor reset what an
 * earlier run did); any other starts at the offset found for {@code --from}; a partition with no
 * record at or after {@code --from} starts at its end. Pure: the offsets come from the caller.
 */
public final class OffsetPlanner {

    private OffsetPlanner() {}

    /**
     * @param committed the group's committed offsets (absent: never committed)
     * @param found     offsets found for the start (earliest, or by timestamp); absent or negative: none
     * @param ends      end offsets now
     */
    public static List<PartitionPlan> plan(
            List<TopicPartition> partitions,
            Map<TopicPartition, Long> committed,
            Map<TopicPartition, Long> found,
            Map<TopicPartition, Long> ends) {
        return partitions.stream()
                .sorted(Comparator.comparing(TopicPartition::topic).thenComparingInt(TopicPartition::partition))
                .map(tp -> {
                    long end = required(ends, tp);
                    Long done = committed.get(tp);
                    if (done != null) {
                        return new PartitionPlan(tp, done, end, true);
                    }
                    Long start = found.get(tp);
                    return new PartitionPlan(tp, start == null || start < 0 ? end : start, end, false);
                })
                .toList();
    }

    private static long required(Map<TopicPartition, Long> ends, TopicPartition tp) {
        Long end = ends.get(tp);
        if (end == null) {
            throw new IllegalStateException("no end offset for " + tp);
        }
        return end;
    }
}
