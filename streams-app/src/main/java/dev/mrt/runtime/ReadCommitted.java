package dev.mrt.runtime;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The configuration of a consumer that reads what the pipeline has committed, as a downstream
 * reader would: {@code read_committed} (under exactly-once, records of open or aborted
 * transactions are not its output), no consumer group offsets.
 */
public final class ReadCommitted {

    private ReadCommitted() {}

    /** A mutable map, for callers to add their own settings. */
    public static Map<String, Object> consumerConfig(String bootstrapServers) {
        Map<String, Object> cfg = new HashMap<>();
        cfg.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        cfg.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        cfg.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return cfg;
    }
}
