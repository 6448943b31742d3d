package dev.mrt.bench;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.Setting;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The configuration of one benchmarked application: the defaults of {@code run}
 * (config/application.properties, no profile) on the embedded broker, with the in-process
 * registry, its own application id, state directory and output topics, so that runs never see
 * each other's records. Everything else (commit interval, caches, RocksDB, retention) is the
 * product's default.
 */
final class BenchConfig {
    /** In-process schema registry shared by every run of the JVM: the same schemas get the same ids. */
    static final String REGISTRY = "mock://bench";

    private static final List<String> OUTPUT_TOPICS =
            List.of("market.notes", "enriched", "links", "stats", "realized", "dlq");

    private BenchConfig() {}

    /**
     * @param name          application id and prefix of the output topics
     * @param articlesTopic the input topic
     * @param extra         further settings (highest priority), e.g. {@code kafka.num.stream.threads}
     */
    static AppConfig of(
            String bootstrapServers,
            String name,
            String articlesTopic,
            String guarantee,
            Path stateRoot,
            Map<String, String> extra) {
        Map<String, String> s = new HashMap<>();
        s.put(Setting.BOOTSTRAP_SERVERS.key(), bootstrapServers);
        s.put(Setting.APPLICATION_ID.key(), name);
        s.put(Setting.PROCESSING_GUARANTEE.key(), guarantee);
        s.put(Setting.SCHEMA_REGISTRY_URL.key(), REGISTRY);
        s.put(Setting.TOPIC_ARTICLES.key(), articlesTopic);
        for (String t : OUTPUT_TOPICS) {
            s.put("topic." + t, "bench." + name + "." + t);
        }
        // A dead letter is logged at INFO; the benchmark reports their count instead.
        s.put(Setting.LOG_LEVEL.key(), "WARN");
        s.put(Setting.KAFKA_PREFIX + "state.dir", stateRoot.resolve(name).toString());
        s.putAll(extra);
        return new ConfigLoader(Path.of("").toAbsolutePath(), Map.of()).load(null, null, s);
    }

    static AppConfig of(String bootstrapServers, String name, String articlesTopic, Variant v, Path stateRoot) {
        return of(
                bootstrapServers,
                name,
                articlesTopic,
                v.guarantee().setting,
                stateRoot,
                Map.of(Setting.KAFKA_PREFIX + "num.stream.threads", String.valueOf(v.threads())));
    }
}
