package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.market.Instruments;
import dev.mrt.market.InstrumentsLoader;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.PipelineTopology;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.StreamsSettings;
import dev.mrt.topology.Topics;
import dev.mrt.topology.TopologySettings;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.Topology;

/**
 * Everything one run needs, wired from configuration: the tagger, the topic registry with its
 * serdes, the Streams properties and the topology. {@code main} code builds one and starts it.
 */
public final class Pipeline implements AutoCloseable {
    private final AppConfig config;
    private final Topics topics;
    private final Properties streamsProperties;
    private final Topology topology;
    private final PipelineMetrics metrics;
    private final SharedRegistrySerdes serdes;

    private Pipeline(AppConfig config, RunIdentity run, PipelineMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
        this.serdes = SerdeFactories.forConfig(config);
        this.topics = Topics.from(config, serdes::valueSerde);
        this.streamsProperties = StreamsSettings.from(config, metrics);
        ArticleTagger tagger = taggerFor(config);
        this.topology = PipelineTopology.build(
                topics,
                tagger,
                instrumentsFor(config, tagger),
                run,
                TopologySettings.from(config),
                metrics,
                streamsProperties);
    }

    public static Pipeline create(AppConfig config, RunIdentity run, PipelineMetrics metrics) {
        return new Pipeline(config, run, metrics);
    }

    public static Pipeline create(AppConfig config, RunIdentity run) {
        return new Pipeline(config, run, PipelineMetrics.inMemory());
    }

    public static String describe(AppConfig config) {
        try (Pipeline p = create(config, RunIdentity.live())) {
            return p.topology.describe().toString();
        }
    }

    /** Closes the registry client the serdes share; call after Kafka Streams has stopped. */
    @Override
    public void close() {
        serdes.close();
    }

    public PipelineMetrics metrics() {
        return metrics;
    }

    /** The taxonomy in {@code taxonomy.dir}; the copy in the jar when that directory does not exist. */
    static ArticleTagger taggerFor(AppConfig config) {
        java.nio.file.Path dir = java.nio.file.Path.of(config.string(Setting.TAXONOMY_DIR));
        return java.nio.file.Files.isDirectory(dir) ? ArticleTagger.load(dir) : ArticleTagger.loadDefault();
    }

    /**
     * The instruments of {@code instruments.yaml} in {@code taxonomy.dir} (the jar's copy when the
     * directory has none), checked against the tagger's asset codes.
     */
    public static Instruments instrumentsFor(AppConfig config, ArticleTagger tagger) {
        return InstrumentsLoader.load(
                java.nio.file.Path.of(config.string(Setting.TAXONOMY_DIR)),
                tagger.taxonomy().assetCodes());
    }

    /** As {@link #instrumentsFor(AppConfig, ArticleTagger)}, loading the taxonomy for its asset codes. */
    public static Instruments instrumentsFor(AppConfig config) {
        return instrumentsFor(config, taggerFor(config));
    }

    public Topics topics() {
        return topics;
    }

    public Topology topology() {
        return topology;
    }

    public Properties streamsProperties() {
        return streamsProperties;
    }

    /** Creates missing topics (or verifies them), as configured. */
    public void ensureTopics() {
        ensureTopics(Map.of());
    }

    /** As {@link #ensureTopics()}, creating missing topics with these topic configs. */
    public void ensureTopics(Map<String, String> topicConfigs) {
        Map<String, String> configs = new java.util.HashMap<>(topicConfigs);
        configs.putIfAbsent(
                org.apache.kafka.common.config.TopicConfig.MAX_MESSAGE_BYTES_CONFIG,
                String.valueOf(config.integer(Setting.TOPIC_MAX_MESSAGE_BYTES)));
        try (Admin admin = Admin.create(adminProperties())) {
            TopicProvisioner.ensure(
                    admin,
                    topics.allNames(),
                    config.integer(Setting.TOPIC_PARTITIONS),
                    (short) config.integer(Setting.TOPIC_REPLICATION_FACTOR),
                    config.bool(Setting.TOPIC_CREATE),
                    configs);
        }
    }

    public StreamsRunner newRunner() {
        return new StreamsRunner(topology, streamsProperties, config.bool(Setting.STATE_WIPE_ON_START));
    }

    /** Ensures the topics, then returns a runner ready to {@link StreamsRunner#start()}. */
    public StreamsRunner startingRunner() {
        ensureTopics();
        return newRunner();
    }

    private Properties adminProperties() {
        Properties p = new Properties();
        p.putAll(ClientProperties.of(config));
        return p;
    }
}
