package dev.mrt.replay;

import dev.mrt.runtime.AdminCall;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;

/**
 * The offset questions and the one change a replay makes through Kafka's Admin API: partitions
 * of topics, offsets by position or timestamp (read_committed, as Kafka Streams reads), a
 * consumer group's committed offsets, and committing a group's start offsets.
 */
public final class OffsetsAdmin implements AutoCloseable {

    private final Admin admin;

    public OffsetsAdmin(Admin admin) {
        this.admin = admin;
    }

    /** The partitions of the topics that exist; missing topics are left out. */
    public List<TopicPartition> partitionsOf(Collection<String> topics) {
        Set<String> existing = existingTopics(topics::contains);
        if (existing.isEmpty()) {
            return List.of();
        }
        Map<String, TopicDescription> descriptions =
                AdminCall.get(admin.describeTopics(existing).allTopicNames(), "describe topics " + existing);
        return descriptions.values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    public Set<String> existingTopics(Predicate<String> wanted) {
        return AdminCall.get(admin.listTopics().names(), "list topics").stream()
                .filter(wanted)
                .collect(Collectors.toSet());
    }

    /** Offsets for one spec (earliest, latest, or a timestamp); -1 where a timestamp has no record at or after it. */
    public Map<TopicPartition, Long> offsets(Collection<TopicPartition> partitions, OffsetSpec spec) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(tp -> request.put(tp, spec));
        var result = AdminCall.get(
                admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                        .all(),
                "list offsets of " + partitions);
        Map<TopicPartition, Long> out = new HashMap<>();
        result.forEach((tp, info) -> out.put(tp, info.offset()));
        return out;
    }

    /** The group's committed offsets for these partitions; a partition it never committed is absent. */
    public Map<TopicPartition, Long> committed(String group, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return Map.of();
        }
        var spec = new ListConsumerGroupOffsetsSpec().topicPartitions(partitions);
        Map<TopicPartition, OffsetAndMetadata> offsets = AdminCall.get(
                admin.listConsumerGroupOffsets(Map.of(group, spec)).partitionsToOffsetAndMetadata(group),
                "read committed offsets of group " + group);
        Map<TopicPartition, Long> out = new HashMap<>();
        offsets.forEach((tp, om) -> {
            if (om != null) {
                out.put(tp, om.offset());
            }
        });
        return out;
    }

    /** A topic's effective config value (its own, or the broker default), or null when the topic does not exist. */
    public String topicConfig(String topic, String name) {
        if (existingTopics(topic::equals).isEmpty()) {
            return null;
        }
        ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
        Config config = AdminCall.get(admin.describeConfigs(List.of(resource)).all(), "describe topic " + topic)
                .get(resource);
        ConfigEntry entry = config == null ? null : config.get(name);
        return entry == null ? null : entry.value();
    }

    /** Offsets in use by records (end minus start) over the topic's partitions; 0 when it does not exist. */
    public long recordSpan(String topic) {
        List<TopicPartition> partitions = partitionsOf(List.of(topic));
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        return partitions.stream()
                .mapToLong(tp -> ends.get(tp) - starts.get(tp))
                .sum();
    }

    /** Commits offsets for the group, which must have no active members. */
    public void commit(String group, Map<TopicPartition, Long> offsets) {
        if (offsets.isEmpty()) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> request = new HashMap<>();
        offsets.forEach((tp, o) -> request.put(tp, new OffsetAndMetadata(o)));
        AdminCall.get(admin.alterConsumerGroupOffsets(group, request).all(), "set the start offsets of group " + group);
    }

    @Override
    public void close() {
        admin.close();
    }
}
