package dev.mrt.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Static group membership by default. Without a {@code group.instance.id}, an instance restarted
 * after a crash waits in its join until the group coordinator expires the dead member's session
 * ({@code session.timeout.ms}, 45 s): measured 41-64 s from start to RUNNING. With one, the
 * restarted instance takes the dead member's place at once.
 *
 * <p>The id must be stable across restarts of one instance and distinct between instances. A
 * configured {@code kafka.group.instance.id} wins (e.g. a pod name). Otherwise the id is kept in a
 * file beside Kafka Streams' own state, {@code <state.dir>/<application.id>.instance-id}: created
 * once, read on every later start. Two instances cannot share a state directory (Kafka Streams
 * locks it), so they never share an id; an instance whose state directory is lost starts as a new
 * member, and the old member's partitions wait out its session as before.
 */
public final class StaticMembership {
    private static final Logger LOG = LoggerFactory.getLogger(StaticMembership.class);
    static final String FILE_SUFFIX = ".instance-id";

    private StaticMembership() {}

    /** The properties with {@code group.instance.id} set, unless configured or the group protocol has no static members. */
    public static Properties withInstanceId(Properties streams) {
        if (streams.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG) != null) {
            return streams;
        }
        Object protocol = streams.get(ConsumerConfig.GROUP_PROTOCOL_CONFIG);
        if (protocol != null
                && String.valueOf(protocol).toLowerCase(Locale.ROOT).equals("streams")) {
            return streams;
        }
        String applicationId = String.valueOf(streams.get(StreamsConfig.APPLICATION_ID_CONFIG));
        Path stateDir = Path.of(new StreamsConfig(streams).getString(StreamsConfig.STATE_DIR_CONFIG));
        Path file = stateDir.resolve(applicationId + FILE_SUFFIX);
        String id = readOrCreate(file);
        Properties out = new Properties();
        out.putAll(streams);
        out.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, id);
        LOG.info("Static membership: group.instance.id {} (kept in {})", id, file);
        return out;
    }

    static String readOrCreate(Path file) {
        try {
            if (Files.isRegularFile(file)) {
                String id = Files.readString(file, StandardCharsets.UTF_8).strip();
                if (!id.isEmpty()) {
                    return id;
                }
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            String id = host() + "-" + UUID.randomUUID().toString().substring(0, 8);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, id + "\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot keep the group instance id in " + file
                            + " (the Kafka Streams state.dir must be writable; or set kafka.group.instance.id)",
                    e);
        }
    }

    private static String host() {
        try {
            String name = InetAddress.getLocalHost().getHostName();
            return name.replaceAll("[^A-Za-z0-9._-]", "_");
        } catch (UnknownHostException e) {
            return "instance";
        }
    }
}
