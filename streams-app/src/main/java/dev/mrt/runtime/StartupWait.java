package dev.mrt.runtime;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.serde.SharedRegistrySerdes;
import dev.mrt.serde.registry.RegistryUnreachableException;
import dev.mrt.serde.registry.SchemaRegistryException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits at start-up until the Kafka cluster and the Schema Registry answer, saying so in the log
 * while it waits: started beside them (docker compose, a pod), the app would otherwise fail on its
 * first request and rely on a restart policy. Gives up after {@code startup.wait} with an error
 * naming what did not answer.
 */
public final class StartupWait {
    private static final Logger LOG = LoggerFactory.getLogger(StartupWait.class);
    private static final Duration RETRY_EVERY = Duration.ofSeconds(2);
    private static final Duration LOG_EVERY = Duration.ofSeconds(10);
    /** Long enough for a loaded machine to answer; a broker that is down fails faster (connection refused). */
    private static final int PROBE_TIMEOUT_MS = 10_000;

    private StartupWait() {}

    /** Returns once both answer; false when {@code stop} turned true first. */
    public static boolean awaitDependencies(AppConfig config, BooleanSupplier stop) throws InterruptedException {
        Duration limit = config.duration(Setting.STARTUP_WAIT);
        long deadline = System.nanoTime() + limit.toNanos();
        String bootstrap = config.string(Setting.BOOTSTRAP_SERVERS);
        if (!await("Kafka at " + bootstrap, () -> kafkaAnswers(config), deadline, limit, stop)) {
            return false;
        }
        String registry = config.string(Setting.SCHEMA_REGISTRY_URL);
        if (registry.startsWith("mock://")) {
            return true;
        }
        try (SharedRegistrySerdes serdes = SerdeFactories.forConfig(config)) {
            return await("the Schema Registry at " + registry, () -> registryAnswers(serdes), deadline, limit, stop);
        }
    }

    private interface Probe {
        /** null when it answered, else why not. */
        String attempt();
    }

    private static boolean await(String what, Probe probe, long deadline, Duration limit, BooleanSupplier stop)
            throws InterruptedException {
        long start = System.nanoTime();
        long nextLog = start;
        String reason = probe.attempt();
        while (reason != null) {
            if (stop.getAsBoolean()) {
                return false;
            }
            long now = System.nanoTime();
            if (now >= deadline) {
                throw new IllegalStateException(
                        what + " did not answer within " + limit + " (startup.wait): " + reason);
            }
            if (now >= nextLog) {
                LOG.info(
                        "Waiting for {} ({}); retrying every {} s, for up to {} (startup.wait)",
                        what,
                        reason,
                        RETRY_EVERY.toSeconds(),
                        limit);
                nextLog = now + LOG_EVERY.toNanos();
            }
            Thread.sleep(RETRY_EVERY.toMillis());
            reason = probe.attempt();
        }
        if (nextLog != start) {
            LOG.info(
                    "{} answers, after {} s of waiting",
                    what,
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start));
        }
        return true;
    }

    private static String kafkaAnswers(AppConfig config) {
        Map<String, Object> props = new HashMap<>(ClientProperties.of(config));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, PROBE_TIMEOUT_MS);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, PROBE_TIMEOUT_MS);
        try (Admin admin = Admin.create(props)) {
            boolean any = !admin.describeCluster(new DescribeClusterOptions().timeoutMs(PROBE_TIMEOUT_MS))
                    .nodes()
                    .get(PROBE_TIMEOUT_MS + 5_000L, TimeUnit.MILLISECONDS)
                    .isEmpty();
            return any ? null : "no broker in the cluster yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return rootMessage(e);
        }
    }

    /** Any answer, even a refusal (401, 403, 404), means the registry is up; only no answer at all is waited out. */
    private static String registryAnswers(SharedRegistrySerdes serdes) {
        try {
            serdes.registry().client().globalCompatibility();
            return null;
        } catch (RegistryUnreachableException e) {
            return rootMessage(e);
        } catch (SchemaRegistryException e) {
            return null;
        }
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + (c.getMessage() == null ? "" : ": " + c.getMessage());
    }
}
