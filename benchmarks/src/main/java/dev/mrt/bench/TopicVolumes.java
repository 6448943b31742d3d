package dev.mrt.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * Records written to each topic of one application (its output and intermediate topics, its
 * changelogs and repartition topics), from the end offsets. Exact without transactions; under
 * exactly-once the offsets also count one commit marker per partition and transaction.
 */
final class TopicVolumes {

    private TopicVolumes() {}

    /** End offsets summed over partitions, for every topic whose name starts with one of the prefixes. */
    static Map<String, Long> of(Admin admin, String... prefixes) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        var names = admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                .filter(n -> java.util.Arrays.stream(prefixes).anyMatch(n::startsWith))
                .toList();
        if (names.isEmpty()) {
            return out;
        }
        Map<String, TopicDescription> topics =
                admin.describeTopics(names).allTopicNames().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        topics.values()
                .forEach(d -> d.partitions()
                        .forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        admin.listOffsets(request)
                .all()
                .get(30, TimeUnit.SECONDS)
                .forEach((tp, info) -> out.merge(tp.topic(), info.offset(), Long::sum));
        return out;
    }
}
