package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Settings for a plain Kafka client of a run (admin, producer, consumer): the {@code kafka.}
 * pass-through settings (security, timeouts) and the bootstrap servers.
 */
public final class ClientProperties {

    private ClientProperties() {}

    public static Map<String, Object> of(AppConfig config) {
        Map<String, Object> p = new HashMap<>(config.kafkaOverrides());
        p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, config.string(Setting.BOOTSTRAP_SERVERS));
        return p;
    }
}
