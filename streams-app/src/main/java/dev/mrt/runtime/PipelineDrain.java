package dev.mrt.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;

/**
 * Tells when an application has processed everything on every topic it reads: the input and
 * the topics that its later stages read back (enriched for the dashboard, repartition topics).
 * Compares the group's committed offsets with the end offsets; a gap is read to see whether it
 * holds a committed record, since under exactly-once transaction markers take offsets too.
 * Done when a check finds nothing left and no end offset moved since the previous check (a stage
 * may still have been writing); linking writes what changed once a second, so callers wait for
 * that to hold a little longer ({@link #SETTLE}).
 */
public final class PipelineDrain implements AutoCloseable {
    /** How long "nothing left" must hold before everything counts as done: longer than linking's emission interval. */
    public static final Duration SETTLE = Duration.ofMillis(1500);

    private final Admin admin;
    private final String group;
    private final Set<String> sourceTopics;
    private final KafkaConsumer<byte[], byte[]> probe;
    private Map<TopicPartition, Long> lastEnds = Map.of();

    public PipelineDrain(Admin admin, String bootstrapServers, String applicationId, Topology topology) {
        this.admin = admin;
        this.group = applicationId;
        this.sourceTopics = sourceTopics(applicationId, topology);
        Map<String, Object> probeConfig = ReadCommitted.consumerConfig(bootstrapServers);
        probeConfig.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        this.probe = new KafkaConsumer<>(probeConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * Waits until {@code pipeline}, running against {@code bootstrapServers}, has processed
     * everything on every topic it reads ({@link #awaitDrained}).
     *
     * @return false when the time ran out or {@code stop} turned true first
     */
    public static boolean awaitDrained(
            String bootstrapServers, Pipeline pipeline, Duration timeout, java.util.function.BooleanSupplier stop)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
                PipelineDrain drain = new PipelineDrain(
                        admin,
                        bootstrapServers,
                        pipeline.streamsProperties().getProperty(StreamsConfig.APPLICATION_ID_CONFIG),
                        pipeline.topology())) {
            return drain.awaitDrained(timeout, stop);
        }
    }

    /** Every topic the topology reads, internal repartition topics under their real name. */
    static Set<String> sourceTopics(String applicationId, Topology topology) {
        Set<String> out = new TreeSet<>();
        for (TopologyDescription.Subtopology s : topology.describe().subtopologies()) {
            for (TopologyDescription.Node n : s.nodes()) {
                if (n instanceof TopologyDescription.Source source) {
                    source.topicSet().forEach(t -> out.add(t.endsWith("-repartition") ? applicationId + "-" + t : t));
                }
            }
        }
        return out;
    }

    /**
     * One look.
     *
     * @param behind  offsets between the committed positions and the ends (0 when no committed record is left)
     * @param settled no end offset moved since the previous look
     */
    public record Check(long behind, boolean settled) {
        public boolean drained() {
            return behind == 0 && settled;
        }
    }

    public Check check() throws Exception {
        Map<TopicPartition, Long> ends = endOffsets();
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(30, TimeUnit.SECONDS);
        long behind = 0;
        List<TopicPartition> gaps = new ArrayList<>();
        for (var e : ends.entrySet()) {
            OffsetAndMetadata c = committed.get(e.getKey());
            long consumed = c == null ? 0 : c.offset();
            if (consumed < e.getValue()) {
                gaps.add(e.getKey());
                behind += e.getValue() - consumed;
            }
        }
        boolean settled = ends.equals(lastEnds);
        lastEnds = ends;
        for (TopicPartition tp : gaps) {
            OffsetAndMetadata c = committed.get(tp);
            if (anyRecord(tp, c == null ? 0 : c.offset(), ends.get(tp))) {
                return new Check(behind, settled);
            }
        }
        return new Check(0, settled);
    }

    /**
     * Waits until nothing has been left to process for {@link #SETTLE}.
     *
     * @return false when the time ran out or {@code stop} turned true first
     */
    public boolean awaitDrained(Duration timeout, java.util.function.BooleanSupplier stop) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long since = -1;
        while (System.nanoTime() < deadline && !stop.getAsBoolean()) {
            long now = System.nanoTime();
            if (!check().drained()) {
                since = -1;
            } else if (since < 0) {
                since = now;
            } else if (now - since >= SETTLE.toNanos()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private Map<TopicPartition, Long> endOffsets() throws InterruptedException, ExecutionException, TimeoutException {
        Map<String, TopicDescription> topics =
                admin.describeTopics(sourceTopics).allTopicNames().get(30, TimeUnit.SECONDS);
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        topics.values()
                .forEach(d -> d.partitions()
                        .forEach(p -> request.put(new TopicPartition(d.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> out = new HashMap<>();
        for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> e :
                admin.listOffsets(request).all().get(30, TimeUnit.SECONDS).entrySet()) {
            out.put(e.getKey(), e.getValue().offset());
        }
        return out;
    }

    /** True when a committed record sits in {@code [from, to)}. */
    private boolean anyRecord(TopicPartition tp, long from, long to) {
        probe.assign(List.of(tp));
        probe.seek(tp, from);
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            var records = probe.poll(Duration.ofMillis(100));
            if (!records.isEmpty()) {
                return records.iterator().next().offset() < to;
            }
            if (probe.position(tp) >= to) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() {
        probe.close(org.apache.kafka.clients.consumer.CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
