package dev.mrt.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;

/**
 * The realized-move stage reads the prices topic beside the reactions repartitioned by instrument
 * (the repartition topic takes the enriched topic's partition count), in the same tasks and
 * stores: with another partition count an instrument's prices would be read by a task that never
 * sees its reactions, and the moves would silently stay pending. Checked at start-up.
 */
final class CoPartitionCheck {

    private CoPartitionCheck() {}

    static void run(Admin admin, String prices, String enriched) {
        Map<String, TopicDescription> d =
                AdminCall.get(admin.describeTopics(List.of(prices, enriched)).allTopicNames(), "describe " + prices);
        int p = d.get(prices).partitions().size();
        int e = d.get(enriched).partitions().size();
        if (p != e) {
            throw new IllegalStateException(prices + " has " + p + " partitions but " + enriched + " has " + e
                    + ": the realized-move stage reads prices beside the reactions it repartitions by instrument, so "
                    + "the two must have as many; recreate " + prices + " with " + e + " partitions");
        }
    }
}
