package dev.mrt.replay;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.runtime.ClientProperties;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.StreamsRunner;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.Topics;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replay: the live topologies under the replay's application id, over the live inputs,
 * into the replay's own topics. {@link #prepare} plans without changing anything (what
 * {@code --dry-run} shows); {@link #run} commits the start offsets of partitions the group
 * never committed, runs Kafka Streams, and returns once caught up (or on a stop request, or a
 * failure). Closing it closes the serdes' registry client.
 */
public final class Replay implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replay.class);
    private static final Duration CHECK_EVERY = Duration.ofMillis(500);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final ReplayRequest request;
    private final AppConfig config;
    private final Pipeline pipeline;
    private final ReplayPlan plan;

    private Replay(ReplayRequest request, AppConfig config, Pipeline pipeline, ReplayPlan plan) {
        this.request = request;
        this.config = config;
        this.pipeline = pipeline;
        this.plan = plan;
    }

    /** Builds the replay's configuration and topology and plans its offsets; changes nothing on the cluster. */
    public static Replay prepare(AppConfig live, ReplayRequest request, PipelineMetrics metrics) {
        if ("streams".equalsIgnoreCase(String.valueOf(live.kafkaOverrides().get("group.protocol")))) {
            throw new IllegalArgumentException("replay sets the start offsets of a classic consumer group; "
                    + "run it without kafka.group.protocol=streams");
        }
        AppConfig cfg = ReplayConfiguration.derive(live, request.id(), request.output());
        Pipeline pipeline = Pipeline.create(cfg, RunIdentity.replay(request.id().value(), request.window()), metrics);
        try (OffsetsAdmin admin = new OffsetsAdmin(Admin.create(ClientProperties.of(cfg)))) {
            ReplayPlan plan = plan(admin, live, cfg, request);
            return new Replay(request, cfg, pipeline, plan);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    private static ReplayPlan plan(OffsetsAdmin admin, AppConfig live, AppConfig cfg, ReplayRequest request) {
        String articles = cfg.string(Setting.TOPIC_ARTICLES);
        List<String> inputs = List.of(articles, cfg.string(Setting.TOPIC_MARKET_NOTES));
        List<TopicPartition> partitions = admin.partitionsOf(inputs);
        if (partitions.stream().noneMatch(tp -> tp.topic().equals(articles))) {
            throw new IllegalStateException("input topic " + articles + " does not exist: nothing to replay");
        }
        String group = cfg.string(Setting.APPLICATION_ID);
        Map<TopicPartition, Long> committed = admin.committed(group, partitions);
        List<TopicPartition> fresh =
                partitions.stream().filter(tp -> !committed.containsKey(tp)).toList();
        OffsetSpec startSpec = request.from() instanceof ReplayStart.At at
                ? OffsetSpec.forTimestamp(at.instant().toEpochMilli())
                : OffsetSpec.earliest();
        Map<TopicPartition, Long> found = admin.offsets(fresh, startSpec);
        Map<TopicPartition, Long> ends = admin.offsets(partitions, OffsetSpec.latest());
        String enriched = cfg.string(Setting.TOPIC_ENRICHED);
        return new ReplayPlan(
                request.id(),
                group,
                request.window(),
                inputs,
                ReplayConfiguration.outputMapping(live, cfg),
                enriched,
                admin.recordSpan(enriched),
                OffsetPlanner.plan(partitions, committed, found, ends));
    }

    public ReplayPlan plan() {
        return plan;
    }

    public AppConfig config() {
        return config;
    }

    public Topics topics() {
        return pipeline.topics();
    }

    public PipelineMetrics metrics() {
        return pipeline.metrics();
    }

    /**
     * Runs until caught up (never, with follow, until {@code stopRequested}), stop requested, or failed.
     *
     * @param progressEvery how often {@link ReplayListener#progress} is called
     */
    public ReplayOutcome run(ReplayListener listener, BooleanSupplier stopRequested, Duration progressEvery)
            throws InterruptedException {
        long t0 = System.nanoTime();
        if (plan.outputTaken()) {
            throw new IllegalStateException(
                    "the output topic " + plan.enrichedOutput() + " already holds records, but replay "
                            + request.id()
                            + " has no committed offsets: they come from another run. Choose another --replay-id or "
                            + "--output, or delete the topic");
        }
        Map<String, Object> client = ClientProperties.of(config);
        try (OffsetsAdmin admin = new OffsetsAdmin(Admin.create(client));
                RemainingRecordsProbe probe = new RemainingRecordsProbe(client)) {
            pipeline.ensureTopics();
            Map<TopicPartition, Long> reset = plan.offsetsToReset();
            admin.commit(plan.applicationId(), reset);
            LOG.info(
                    "Replay {}: start offsets committed for {} partitions, {} resumed",
                    request.id(),
                    reset.size(),
                    plan.partitions().size() - reset.size());
            listener.offsetsReset(reset);
            CatchUpTracker tracker =
                    new CatchUpTracker(admin, probe, plan.applicationId(), plan, () -> downstreamTopics(admin));
            // Closing leaves the group, so a resumed replay joins at once instead of waiting out
            // the old member's session.
            try (StreamsRunner runner = pipeline.newRunner()) {
                runner.start();
                return await(runner, tracker, listener, stopRequested, progressEvery, t0);
            }
        }
    }

    private ReplayOutcome await(
            StreamsRunner runner,
            CatchUpTracker tracker,
            ReplayListener listener,
            BooleanSupplier stopRequested,
            Duration progressEvery,
            long t0)
            throws InterruptedException {
        long nextProgress = System.nanoTime();
        long startDeadline = System.nanoTime() + START_TIMEOUT.toNanos();
        boolean following = false;
        CatchUpStatus status = null;
        Duration inputsDone = null;
        while (true) {
            if (stopRequested.getAsBoolean()) {
                return new ReplayOutcome(ReplayOutcome.Ending.INTERRUPTED, status, since(t0), inputsDone, null);
            }
            KafkaStreams.State state = runner.streams().state();
            if (state == KafkaStreams.State.RUNNING) {
                startDeadline = Long.MAX_VALUE;
            } else if (!state.isRunningOrRebalancing() || System.nanoTime() > startDeadline) {
                Throwable error = runner.fatalError() != null
                        ? runner.fatalError()
                        : new IllegalStateException("Kafka Streams is " + state + "; see the errors above");
                return new ReplayOutcome(ReplayOutcome.Ending.FAILED, status, since(t0), inputsDone, error);
            }
            if (following) {
                tracker.followEnds();
            }
            status = tracker.check();
            if (inputsDone == null && status.inputsDone()) {
                inputsDone = since(t0);
            }
            if (status.caughtUp() && !request.follow()) {
                listener.progress(status);
                return new ReplayOutcome(ReplayOutcome.Ending.CAUGHT_UP, status, since(t0), inputsDone, null);
            }
            if (status.caughtUp() && !following) {
                following = true;
                listener.progress(status);
                listener.following();
            } else if (System.nanoTime() >= nextProgress) {
                listener.progress(status);
                nextProgress = System.nanoTime() + progressEvery.toNanos();
            }
            Thread.sleep(CHECK_EVERY.toMillis());
        }
    }

    /**
     * The topics the replay writes and reads back: its repartition topics (what articles bring to
     * linking and to the statistics, and what linking brings to the statistics).
     */
    private Set<String> downstreamTopics(OffsetsAdmin admin) {
        String prefix = plan.applicationId() + "-";
        return new HashSet<>(admin.existingTopics(n -> n.startsWith(prefix) && n.endsWith("-repartition")));
    }

    @Override
    public void close() {
        pipeline.close();
    }

    private static Duration since(long t0) {
        return Duration.ofNanos(System.nanoTime() - t0);
    }
}
