package dev.mrt.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** Offsets of a whole topic, through the Admin API. */
public final class TopicOffsets {

    private TopicOffsets() {}

    /** The sum of the partitions' log start offsets: above zero once the broker has deleted records. */
    public static long earliestTotal(Admin admin, String topic) throws Exception {
        var partitions = admin.describeTopics(List.of(topic))
                .allTopicNames()
                .get(30, TimeUnit.SECONDS)
                .get(topic)
                .partitions();
        Map<TopicPartition, OffsetSpec> query = new HashMap<>();
        partitions.forEach(p -> query.put(new TopicPartition(topic, p.partition()), OffsetSpec.earliest()));
        return admin.listOffsets(query).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(o -> o.offset())
                .sum();
    }
}
