package dev.mrt.testing;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.StreamsSettings;
import dev.mrt.topology.Topic;
import dev.mrt.topology.Topics;
import dev.mrt.topology.TopologySettings;
import dev.mrt.topology.errors.DeadLetterReason;
import dev.mrt.topology.errors.DeadLetterRecords;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;

/** A TopologyTestDriver over some of the topologies, with the project's configuration, serdes and DLQ handlers. */
public final class DriverFixture implements AutoCloseable {
    public static final Instant WALL_CLOCK = Instant.parse("2026-01-01T00:00:00Z");

    public final AppConfig config;
    public final Topics topics;
    public final TopologySettings settings;
    public final PipelineMetrics metrics = PipelineMetrics.inMemory();
    public final TopologyTestDriver driver;

    /** Adds the topologies under test to the builder, using the fixture's topics, settings and metrics. */
    @FunctionalInterface
    public interface TopologyUnderTest {
        void addTo(StreamsBuilder builder, DriverFixture fixture);
    }

    public DriverFixture(TopologyUnderTest topology) {
        this(Map.of(), topology);
    }

    /** @param overrides settings over the local profile, e.g. {@code topic.partitions} */
    public DriverFixture(Map<String, String> overrides, TopologyUnderTest topology) {
        AppConfig c = TestConfigs.local();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            c = c.with(e.getKey(), e.getValue(), new ConfigOrigin("test", 0));
        }
        config = c;
        topics = Topics.from(config, SerdeFactories.forConfig(config)::valueSerde);
        settings = TopologySettings.from(config);
        StreamsBuilder builder = new StreamsBuilder();
        topology.addTo(builder, this);
        driver = new TopologyTestDriver(builder.build(), StreamsSettings.from(config, metrics), WALL_CLOCK);
    }

    public <K, V> TestInputTopic<K, V> input(Topic<K, V> t) {
        return driver.createInputTopic(
                t.name(), t.keySerde().serializer(), t.valueSerde().serializer());
    }

    public TestInputTopic<byte[], byte[]> rawInput(Topic<?, ?> t) {
        return driver.createInputTopic(
                t.name(), Serdes.ByteArray().serializer(), Serdes.ByteArray().serializer());
    }

    public <K, V> TestOutputTopic<K, V> output(Topic<K, V> t) {
        return driver.createOutputTopic(
                t.name(), t.keySerde().deserializer(), t.valueSerde().deserializer());
    }

    public List<TestRecord<byte[], byte[]>> deadLetters() {
        return driver.createOutputTopic(
                        topics.deadLetter(),
                        Serdes.ByteArray().deserializer(),
                        Serdes.ByteArray().deserializer())
                .readRecordsToList();
    }

    public static DeadLetterReason reason(TestRecord<byte[], byte[]> r) {
        return DeadLetterRecords.reason(r.headers());
    }

    @Override
    public void close() {
        driver.close();
    }
}
