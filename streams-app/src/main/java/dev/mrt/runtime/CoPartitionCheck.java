package dev.mrt.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/**
 * The realized-move stage reads the prices topic beside the reactions repartitioned by instrument
 * (the repartition topic takes the enriched topic's partition count), in the same tasks and
 * stores: with another partition count an instrument's prices would be read by a task that never
 * sees its reactions, and the moves would silently stay pending. Checked at start-up.
 */
final class CoPartitionCheck {

    private CoPartitionCheck() {}

    /** How long a topic created a moment ago may stay unknown to the broker that answers. */
    private static final long METADATA_WAIT_MS = 15_000;

    static void run(Admin admin, String prices, String enriched) {
        Map<String, TopicDescription> d = describe(admin, List.of(prices, enriched));
        int p = d.get(prices).partitions().size();
        int e = d.get(enriched).partitions().size();
        if (p != e) {
            throw new IllegalStateException(prices + " has " + p + " partitions but " + enriched + " has " + e
                    + ": the realized-move stage reads prices beside the reactions it repartitions by instrument, so "
                    + "the two must have as many; recreate " + prices + " with " + e + " partitions");
        }
    }

    /** Created just before (start-up creates missing topics), a topic may take a moment to be known. */
    private static Map<String, TopicDescription> describe(Admin admin, List<String> names) {
        long deadline = System.currentTimeMillis() + METADATA_WAIT_MS;
        while (true) {
            try {
                return AdminCall.get(admin.describeTopics(names).allTopicNames(), "describe " + names);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)
                        || System.currentTimeMillis() > deadline) {
                    throw e;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted waiting for " + names, e);
            }
        }
    }
}
