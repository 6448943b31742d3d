package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.market.Instruments;
import dev.mrt.market.InstrumentsLoader;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.LearnedLayer;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.PipelineTopology;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.StreamsSettings;
import dev.mrt.topology.Topics;
import dev.mrt.topology.TopologySettings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.StreamsConfig;
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

    private Pipeline(
            AppConfig config, RunIdentity run, PipelineMetrics metrics, ArticleTagger tagger, Instruments instruments) {
        this.config = config;
        this.metrics = metrics;
        this.serdes = SerdeFactories.forConfig(config);
        this.topics = Topics.from(config, serdes::valueSerde);
        this.streamsProperties = StreamsSettings.from(config, metrics);
        this.topology = PipelineTopology.build(
                topics, tagger, instruments, run, TopologySettings.from(config), metrics, streamsProperties);
    }

    public static Pipeline create(AppConfig config, RunIdentity run, PipelineMetrics metrics) {
        ArticleTagger tagger = taggerFor(config);
        return new Pipeline(config, run, metrics, tagger, instrumentsFor(config, tagger));
    }

    public static Pipeline create(AppConfig config, RunIdentity run) {
        return create(config, run, PipelineMetrics.inMemory());
    }

    /** With the tagger and instruments already loaded (the API needs the instruments before the pipeline starts). */
    static Pipeline create(
            AppConfig config, RunIdentity run, PipelineMetrics metrics, ArticleTagger tagger, Instruments instruments) {
        return new Pipeline(config, run, metrics, tagger, instruments);
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

    /**
     * The taxonomy in {@code taxonomy.dir} (the copy in the jar when that directory does not exist),
     * with the learned layer {@code tagger.model} says.
     */
    static ArticleTagger taggerFor(AppConfig config) {
        java.nio.file.Path dir = java.nio.file.Path.of(config.string(Setting.TAXONOMY_DIR));
        ArticleTagger shipped =
                java.nio.file.Files.isDirectory(dir) ? ArticleTagger.load(dir) : ArticleTagger.loadDefault();
        return LearnedLayer.of(config.string(Setting.TAGGER_MODEL)).applyTo(shipped);
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

    /**
     * Creates missing topics (or verifies them), each with its class's configs ({@link TopicClass}),
     * then checks that the existing ones keep what the pipeline needs ({@link TopicRetentionCheck}).
     */
    public void ensureTopics() {
        Map<String, TopicClass> classes = TopicClass.of(config);
        Map<String, Map<String, String>> configs = new LinkedHashMap<>();
        for (String name : topics.allNames()) {
            configs.put(name, classes.get(name).topicConfigs(config));
        }
        try (Admin admin = Admin.create(adminProperties())) {
            TopicProvisioner.ensure(
                    admin,
                    configs,
                    config.integer(Setting.TOPIC_PARTITIONS),
                    (short) config.integer(Setting.TOPIC_REPLICATION_FACTOR),
                    config.bool(Setting.TOPIC_CREATE));
            TopicRetentionCheck.run(admin, classes, config);
            if (config.bool(Setting.REALIZED_ENABLED)) {
                CoPartitionCheck.run(
                        admin, topics.prices().name(), topics.enriched().name());
            }
        }
    }

    /** A runner of this pipeline, as a static member of its group ({@link StaticMembership}). */
    public StreamsRunner newRunner() {
        return new StreamsRunner(
                topology,
                StaticMembership.withInstanceId(streamsProperties),
                wipesStateOnStart(streamsProperties, config));
    }

    /**
     * {@code state.wipe.on.start=auto} wipes under exactly-once only. Kafka Streams 4.4 finds no
     * committed changelog offsets for window stores (RocksDB segments) at start, even after a clean
     * stop, so under exactly-once it declares every task with one corrupted, wipes it and restores
     * it anyway; every stateful task here has one. Wiping first skips opening each store twice.
     * Under at-least-once the local state is kept and restoring goes on on top of it.
     */
    public static boolean wipesStateOnStart(Properties streams, AppConfig config) {
        return switch (config.string(Setting.STATE_WIPE_ON_START)) {
            case "true" -> true;
            case "false" -> false;
            default ->
                StreamsConfig.EXACTLY_ONCE_V2.equals(
                        String.valueOf(streams.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)));
        };
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
