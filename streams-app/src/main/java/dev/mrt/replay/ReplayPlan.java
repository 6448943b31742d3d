package dev.mrt.replay;

import dev.mrt.topology.EventTimeWindow;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;

/**
 * What a replay will do: its id and application id, the event-time window, and where it starts
 * and stops reading each input partition.
 *
 * @param outputs        live topic -> replay topic, for every topic the replay writes, in display order
 * @param enrichedOutput the enriched topic the replay writes
 * @param outputRecords  offsets already in use in {@code enrichedOutput} when planned
 */
public record ReplayPlan(
        ReplayId id,
        String applicationId,
        EventTimeWindow window,
        List<String> inputs,
        Map<String, String> outputs,
        String enrichedOutput,
        long outputRecords,
        List<PartitionPlan> partitions) {

    public ReplayPlan {
        inputs = List.copyOf(inputs);
        outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
        partitions = List.copyOf(partitions);
    }

    /**
     * True when the enriched output already holds records although this replay never ran: they
     * come from another run (the same replay id under another application id, or a replay whose
     * offsets expired), and mixing would make them look like this replay's.
     */
    public boolean outputTaken() {
        return !resuming() && outputRecords > 0;
    }

    /** True when the consumer group had committed offsets: an interrupted replay goes on where it stopped. */
    public boolean resuming() {
        return partitions.stream().anyMatch(PartitionPlan::resumed);
    }

    /** The offsets to commit for the group before it starts: only partitions it never committed. */
    public Map<TopicPartition, Long> offsetsToReset() {
        Map<TopicPartition, Long> out = new LinkedHashMap<>();
        partitions.stream().filter(p -> !p.resumed()).forEach(p -> out.put(p.partition(), p.start()));
        return out;
    }

    /** Where each input partition counts as caught up. */
    public Map<TopicPartition, Long> targets() {
        Map<TopicPartition, Long> out = new LinkedHashMap<>();
        partitions.forEach(p -> out.put(p.partition(), p.end()));
        return out;
    }

    public long toProcess() {
        return partitions.stream().mapToLong(PartitionPlan::toProcess).sum();
    }
}
