package dev.mrt.embedded;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.apache.kafka.server.common.TransactionVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster in this JVM: Kafka's own {@link KafkaRaftServer} acting as
 * broker and controller, on free loopback ports, storage formatted with Kafka's
 * {@link Formatter}. Used by local mode and integration tests.
 *
 * <p>{@link #stop()} and {@link #start()} may be called again to restart the broker on the
 * same ports and data (the broker-restart test needs this); {@link #close()} stops it and
 * deletes the data directory unless it was given by the caller and asked to be kept.
 */
public final class EmbeddedKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final boolean deleteOnClose;
    private final int brokerPort;
    private final int controllerPort;
    private final Map<String, String> overrides;
    private final String clusterId = Uuid.randomUuid().toString();
    private boolean formatted;
    private KafkaRaftServer server;

    private EmbeddedKafka(Builder b) {
        try {
            this.dataDir =
                    b.dataDir != null ? Files.createDirectories(b.dataDir) : Files.createTempDirectory("mrt-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the broker data directory", e);
        }
        this.deleteOnClose = b.dataDir == null || !b.keepData;
        int[] ports = freePorts(2);
        this.brokerPort = b.brokerPort != 0 ? b.brokerPort : ports[0];
        this.controllerPort = ports[1];
        this.overrides = Map.copyOf(b.overrides);
        this.formatted = Files.exists(dataDir.resolve("logs").resolve("meta.properties"));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts a broker with defaults on a temporary directory. */
    public static EmbeddedKafka startDefault() {
        EmbeddedKafka kafka = builder().build();
        kafka.start();
        return kafka;
    }

    /** Formats storage on first start, starts the server, and waits until it answers. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        long t0 = System.nanoTime();
        KafkaConfig config = new KafkaConfig(brokerProperties(), false);
        if (!formatted) {
            format(config);
            formatted = true;
        }
        server = new KafkaRaftServer(config, Time.SYSTEM);
        server.startup();
        awaitReady(Duration.ofSeconds(60));
        LOG.info(
                "Embedded Kafka ready at {} in {} ms (data in {})",
                bootstrapServers(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0),
                dataDir);
    }

    /** Stops the server, keeping its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Creates topics that do not exist yet. */
    public void createTopics(Collection<NewTopic> topics) {
        try (Admin admin = admin()) {
            for (NewTopic t : topics) {
                try {
                    admin.createTopics(List.of(t)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + t.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out creating topics", e);
        }
    }

    public void createTopics(int partitions, String... names) {
        createTopics(Set.of(names).stream()
                .map(n -> new NewTopic(n, partitions, (short) 1))
                .collect(Collectors.toList()));
    }

    public Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()));
    }

    @Override
    public synchronized void close() {
        try {
            stop();
        } finally {
            if (deleteOnClose) {
                deleteRecursively(dataDir);
            }
        }
    }

    private Map<String, String> brokerProperties() {
        String logDir = dataDir.resolve("logs").toString();
        Map<String, String> p = new HashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        p.put(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir);
        // One node: every internal topic has one replica, and few partitions keep start-up fast.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "4");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "4");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "false");
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        // Keep history: record timestamps are publication times, and the samples and imported
        // archives are years old; the default seven-day retention would delete them all at the
        // first retention check, 30 s after start.
        p.put("log.retention.ms", "-1");
        p.putAll(overrides);
        return p;
    }

    private void format(KafkaConfig config) {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(dataDir.resolve("logs").toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.latestProduction())
                    // Transactions v2 (KIP-890, the default since Kafka 4.0) add a partition to a
                    // transaction with its first write. A transaction that starts while the markers
                    // of the previous one are still being written gets CONCURRENT_TRANSACTIONS for
                    // that write and OUT_OF_ORDER_SEQUENCE_NUMBER for the batches sent behind it;
                    // the producer retries and all is written once, but the broker logs each of
                    // them as an ERROR with a stack trace and the producer as a warning: at every
                    // start under exactly-once, and at random under load. With version 1 the
                    // producer adds partitions first (AddPartitionsToTxn, retried quietly while the
                    // previous transaction completes), so a normal run logs nothing. Exactly-once
                    // holds the same with either version.
                    .setFeatureLevel(TransactionVersion.FEATURE_NAME, TransactionVersion.TV_1.featureLevel())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("cannot format Kafka storage in " + dataDir, e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try (Admin admin = admin()) {
                if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the broker", e);
            } catch (Exception e) {
                last = e;
            }
            sleep(100);
        }
        throw new IllegalStateException("embedded broker did not become ready within " + timeout, last);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Distinct free loopback ports: all sockets are held open together, so no port is handed out twice. */
    static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 0, InetAddress.getLoopbackAddress());
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port", e);
        } finally {
            for (ServerSocket s : sockets) {
                if (s != null) {
                    try {
                        s.close();
                    } catch (IOException ignored) {
                        // Closing a probe socket cannot lose anything.
                    }
                }
            }
        }
    }

    static void deleteRecursively(Path dir) {
        try {
            Utils.delete(dir.toFile());
        } catch (IOException e) {
            LOG.warn("Could not delete {} completely: {}", dir, e.getMessage());
        }
    }

    /** Options of the embedded broker. */
    public static final class Builder {
        private Path dataDir;
        private boolean keepData;
        private int brokerPort;
        private final Map<String, String> overrides = new HashMap<>();

        private Builder() {}

        /** Use this directory instead of a temporary one. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** Keep a given data directory on close (a temporary one is always deleted). */
        public Builder keepData(boolean keep) {
            this.keepData = keep;
            return this;
        }

        /** Fixed broker port; 0 (default) picks a free one. */
        public Builder brokerPort(int port) {
            this.brokerPort = port;
            return this;
        }

        /** Any broker setting, e.g. {@code log.retention.ms}. */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public EmbeddedKafka build() {
            return new EmbeddedKafka(this);
        }
    }
}
