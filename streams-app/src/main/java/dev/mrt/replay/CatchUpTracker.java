package dev.mrt.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Decides when a replay has caught up, from the committed offsets of its consumer group.
 *
 * <p>First the inputs: every input partition processed up to its target. Then the stages
 * after them, which read intermediate topics the replay itself writes (political events,
 * tagged notes, enriched for the statistics, links, repartition topics): their end offsets
 * are taken, the group must process up to them, and again, until a round finds the ends
 * unchanged. With exactly-once, a stage's outputs are committed together with its input
 * offsets, so once every source is processed and nothing new was written, nothing is pending.
 */
final class CatchUpTracker {
    private final OffsetsAdmin admin;
    private final RemainingRecordsProbe probe;
    private final String group;
    private final Map<TopicPartition, Long> inputTargets;
    private final Map<TopicPartition, Long> inputStarts;
    private final Supplier<Set<String>> downstreamTopics;
    private Map<TopicPartition, Long> downstreamTargets;

    /**
     * @param downstreamTopics the intermediate topics the replay reads back, looked up each round
     *                         (internal topics appear once Kafka Streams has created them)
     */
    CatchUpTracker(
            OffsetsAdmin admin,
            RemainingRecordsProbe probe,
            String group,
            ReplayPlan plan,
            Supplier<Set<String>> downstreamTopics) {
        this.admin = admin;
        this.probe = probe;
        this.group = group;
        this.inputTargets = new LinkedHashMap<>(plan.targets());
        this.inputStarts = new HashMap<>();
        plan.partitions().forEach(p -> inputStarts.put(p.partition(), p.start()));
        this.downstreamTopics = downstreamTopics;
    }

    /**
     * With {@code --follow}, once caught up: the targets become the inputs' current ends, so
     * progress shows how far behind new input the replay is, not the targets of its start.
     */
    void followEnds() {
        inputTargets.putAll(admin.offsets(inputTargets.keySet(), OffsetSpec.latest()));
    }

    CatchUpStatus check() {
        Map<TopicPartition, Long> committed = admin.committed(group, inputTargets.keySet());
        List<PartitionProgress> inputs = new ArrayList<>();
        inputTargets.forEach((tp, target) -> {
            long start = inputStarts.get(tp);
            long consumed = committed.getOrDefault(tp, start);
            inputs.add(new PartitionProgress(
                    tp, start, consumed, target, consumed >= target || !probe.anyRecord(tp, consumed, target)));
        });
        boolean inputsDone = inputs.stream().allMatch(PartitionProgress::done);
        if (!inputsDone) {
            return new CatchUpStatus(inputs, 0, false);
        }
        if (downstreamTargets == null) {
            downstreamTargets = downstreamEnds();
        }
        long behind = behind(downstreamTargets);
        if (behind > 0) {
            return new CatchUpStatus(inputs, behind, false);
        }
        Map<TopicPartition, Long> ends = downstreamEnds();
        boolean settled = ends.equals(downstreamTargets);
        downstreamTargets = ends;
        return new CatchUpStatus(inputs, 0, settled);
    }

    private Map<TopicPartition, Long> downstreamEnds() {
        List<TopicPartition> partitions = admin.partitionsOf(downstreamTopics.get());
        return admin.offsets(partitions, OffsetSpec.latest());
    }

    /** Records not yet processed before the targets; 0 when none (markers aside). */
    private long behind(Map<TopicPartition, Long> targets) {
        Map<TopicPartition, Long> committed = admin.committed(group, targets.keySet());
        long behind = 0;
        Set<TopicPartition> pending = new HashSet<>();
        for (var e : targets.entrySet()) {
            long consumed = committed.getOrDefault(e.getKey(), 0L);
            if (consumed < e.getValue()) {
                pending.add(e.getKey());
                behind += e.getValue() - consumed;
            }
        }
        for (TopicPartition tp : pending) {
            if (probe.anyRecord(tp, committed.getOrDefault(tp, 0L), targets.get(tp))) {
                return behind;
            }
        }
        return 0;
    }
}
