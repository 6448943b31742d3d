package dev.mrt.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.ClusterAuthorizationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure the topics the app uses exist: creates the missing ones when allowed, otherwise
 * (or when the user lacks the rights) fails naming every missing topic.
 */
public final class TopicProvisioner {
    private static final Logger LOG = LoggerFactory.getLogger(TopicProvisioner.class);
    private static final long TIMEOUT_SECONDS = 30;

    private TopicProvisioner() {}

    /** @return the topics that were created */
    public static List<String> ensure(
            Admin admin, Collection<String> names, int partitions, short replication, boolean create) {
        return ensure(admin, names, partitions, replication, create, Map.of());
    }

    /**
     * As {@link #ensure(Admin, Collection, int, short, boolean)}, creating missing topics with
     * these topic configs (e.g. {@code retention.ms}).
     */
    public static List<String> ensure(
            Admin admin,
            Collection<String> names,
            int partitions,
            short replication,
            boolean create,
            Map<String, String> configs) {
        Map<String, Map<String, String>> each = new LinkedHashMap<>();
        names.forEach(n -> each.put(n, configs));
        return ensure(admin, each, partitions, replication, create);
    }

    /** As {@link #ensure(Admin, Collection, int, short, boolean)}, each missing topic created with its own configs. */
    public static List<String> ensure(
            Admin admin, Map<String, Map<String, String>> topics, int partitions, short replication, boolean create) {
        Set<String> existing;
        try {
            existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot list topics on the cluster: " + rootMessage(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while listing topics", e);
        }
        List<String> missing = topics.keySet().stream()
                .filter(n -> !existing.contains(n))
                .distinct()
                .toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        if (!create) {
            throw new IllegalStateException("missing topics " + missing + "; create them or set topic.create=true");
        }
        List<String> created = new ArrayList<>();
        for (String name : missing) {
            Map<String, String> configs = topics.get(name);
            try {
                admin.createTopics(List.of(new NewTopic(name, partitions, replication).configs(configs)))
                        .all()
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                created.add(name);
                LOG.info(
                        "Created topic {} ({} partitions, replication {}{})",
                        name,
                        partitions,
                        replication,
                        configs.isEmpty() ? "" : ", " + configs);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof TopicExistsException) {
                    continue;
                }
                if (e.getCause() instanceof TopicAuthorizationException
                        || e.getCause() instanceof ClusterAuthorizationException) {
                    throw new IllegalStateException(
                            "not allowed to create topics; ask an administrator to create " + missing + " ("
                                    + partitions + " partitions, replication " + replication + ")",
                            e);
                }
                throw new IllegalStateException("cannot create topic " + name + ": " + rootMessage(e), e);
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating topic " + name, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while creating topics", e);
            }
        }
        return created;
    }

    private static String rootMessage(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null) {
            c = c.getCause();
        }
        return c.getClass().getSimpleName() + ": " + c.getMessage();
    }
}
