package dev.mrt.bench;

import dev.mrt.avro.Article;
import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.runtime.TopicProvisioner;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.StreamsSettings;
import dev.mrt.topology.Topic;
import dev.mrt.topology.Topics;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.Topology;

/**
 * A benchmarked application, topics created, not started: its topology and Streams properties,
 * the topic whose records count as its output, and its metrics.
 */
final class AppUnderTest implements AutoCloseable {
    private final AppConfig config;
    private final Topology topology;
    private final Properties properties;
    private final Topic<String, Article> input;
    private final String outputTopic;
    private final PipelineMetrics metrics;
    private final AutoCloseable resources;

    private AppUnderTest(
            AppConfig config,
            Topology topology,
            Properties properties,
            Topic<String, Article> input,
            String outputTopic,
            PipelineMetrics metrics,
            AutoCloseable resources) {
        this.config = config;
        this.topology = topology;
        this.properties = properties;
        this.input = input;
        this.outputTopic = outputTopic;
        this.metrics = metrics;
        this.resources = resources;
    }

    /** The product: runtime.Pipeline's topology and properties, exactly as {@code run} builds them; output = enriched. */
    static AppUnderTest fullPipeline(AppConfig config) {
        PipelineMetrics metrics = PipelineMetrics.inMemory();
        Pipeline pipeline = Pipeline.create(config, RunIdentity.live(), metrics);
        pipeline.ensureTopics();
        return new AppUnderTest(
                config,
                pipeline.topology(),
                pipeline.streamsProperties(),
                pipeline.topics().articles(),
                pipeline.topics().enriched().name(),
                metrics,
                pipeline);
    }

    /** The baseline: Article in, Article out, with the same serdes and Streams properties as the product. */
    static AppUnderTest passThrough(AppConfig config) {
        PipelineMetrics metrics = PipelineMetrics.inMemory();
        SharedRegistrySerdes serdes = SerdeFactories.forConfig(config);
        Topics topics = Topics.from(config, serdes::valueSerde);
        Properties properties = StreamsSettings.from(config, metrics);
        String output = "bench." + config.string(Setting.APPLICATION_ID) + ".articles-out";
        try (Admin admin = Admin.create(ClientProperties.of(config))) {
            TopicProvisioner.ensure(
                    admin, List.of(output), config.integer(Setting.TOPIC_PARTITIONS), (short) 1, true, Map.of());
        }
        return new AppUnderTest(
                config,
                PassThroughTopology.build(topics.articles(), output, properties),
                properties,
                topics.articles(),
                output,
                metrics,
                serdes);
    }

    StreamsRunner newRunner() {
        return new StreamsRunner(topology, properties, Pipeline.wipesStateOnStart(properties, config));
    }

    String applicationId() {
        return config.string(Setting.APPLICATION_ID);
    }

    String bootstrapServers() {
        return config.string(Setting.BOOTSTRAP_SERVERS);
    }

    int partitions() {
        return config.integer(Setting.TOPIC_PARTITIONS);
    }

    Topology topology() {
        return topology;
    }

    Topic<String, Article> input() {
        return input;
    }

    String outputTopic() {
        return outputTopic;
    }

    PipelineMetrics metrics() {
        return metrics;
    }

    @Override
    public void close() throws Exception {
        resources.close();
    }
}
