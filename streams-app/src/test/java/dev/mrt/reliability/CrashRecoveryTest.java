package dev.mrt.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.serde.registry.FakeRegistryServer;
import dev.mrt.testing.AppProcess;
import dev.mrt.testing.CommittedRecordCounter;
import dev.mrt.testing.HistoricArticles;
import dev.mrt.testing.Records;
import dev.mrt.testing.RetentionCheckingBroker;
import dev.mrt.testing.TestConfigs;
import dev.mrt.testing.TopicOffsets;
import dev.mrt.topology.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app in its own JVM ({@code run}, a child process), killed with SIGKILL (and, separately,
 * stopped with SIGTERM) twice while it works through a stream of articles, and started again each
 * time. Exactly-once must hold: the read_committed enriched topic has exactly one record per
 * distinct article. Each restart must be RUNNING, and producing again, within 15 s of the process
 * start. The broker has Kafka's default seven-day retention, checked every second, and the
 * articles are from 2021: the topics the app creates must not lose a record to it.
 * {@code -Dmrt.reliability.articles=N} sets the stream length (the soak profile runs 100k).
 */
@Tag("reliability")
class CrashRecoveryTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);
    private static final int ARTICLES = Integer.getInteger("mrt.reliability.articles", 2_000);
    private static final double RESENT_SHARE = 0.02;
    private static final Duration FINISH = Duration.ofSeconds(Math.max(90, ARTICLES / 100));
    /**
     * The restart budget: RUNNING within this of the process start (4-5 s measured on the 2-core
     * machine lightly loaded). On a machine so busy that even the first start is slow (other builds
     * sharing the cores, load average 15-20: first starts of 13-17 s measured) the budget is twice
     * the first start: CPU starvation slows a start and a restart alike (a restart also restores
     * the state the first start did not have yet), while what the budget is for, a restart that
     * waits out the dead member's 45 s session, fails it either way.
     */
    private static final Duration RESTART_LIMIT = Duration.ofSeconds(15);
    /**
     * Committing new results again after a restart: RUNNING plus the first commit, behind a backlog
     * of late cross-feed records (a busy machine: three times the first start).
     */
    private static final Duration RESUME_LIMIT = Duration.ofSeconds(30);

    private static EmbeddedKafka kafka;
    private static FakeRegistryServer registry;
    private static List<Article> stream;
    private static Set<String> distinctIds;

    @BeforeAll
    static void start() throws Exception {
        kafka = RetentionCheckingBroker.withKafkasDefaultRetention().build();
        kafka.start();
        registry = FakeRegistryServer.start();
        List<Article> archive =
                HistoricArticles.from(Instant.parse("2021-01-01T00:00:00Z"), Duration.ofSeconds(7), ARTICLES);
        Random random = new Random(7);
        stream = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            boolean resend = i > 0 && random.nextDouble() < RESENT_SHARE;
            stream.add(resend ? stream.get(random.nextInt(i)) : archive.get(i));
        }
        distinctIds = new HashSet<>();
        stream.forEach(a -> distinctIds.add(a.getId()));
    }

    @AfterAll
    static void stop() {
        registry.close();
        kafka.close();
    }

    @Test
    void killNineTwiceLosesNothingDuplicatesNothingAndRestartsWithinFifteenSeconds() throws Exception {
        exactlyOnceAcrossStops("crash-kill", true);
    }

    @Test
    void sigtermTwiceLosesNothingAndDuplicatesNothing() throws Exception {
        exactlyOnceAcrossStops("crash-term", false);
    }

    private void exactlyOnceAcrossStops(String name, boolean kill) throws Exception {
        Map<String, String> settings = settings(name);
        AppConfig config = TestConfigs.local(settings)
                .with("bootstrap.servers", kafka.bootstrapServers(), new ConfigOrigin("test", 0));
        Topics topics = Topics.from(config, SerdeFactories.forConfig(config)::valueSerde);
        // The topics as run creates them: the retention of their class (forever), not the broker's.
        TestConfigs.createTopics(config);
        ArticleSender.sendAll(kafka.bootstrapServers(), topics.articles(), stream);

        Random random = new Random(name.hashCode());
        Path log = Path.of("target", "reliability", name + ".log");
        List<Duration> restarts = new ArrayList<>();
        List<Duration> resumes = new ArrayList<>();
        Duration firstStart = null;
        try (CommittedRecordCounter enriched = new CommittedRecordCounter(
                kafka.bootstrapServers(), topics.enriched().name())) {
            long atStop = -1;
            for (double point : new double[] {0.25 + 0.1 * random.nextDouble(), 0.55 + 0.1 * random.nextDouble()}) {
                try (AppProcess app = AppProcess.run(settings, log)) {
                    AppProcess.Running running = app.awaitRunning(Duration.ofSeconds(90));
                    if (firstStart == null) {
                        firstStart = running.afterStart();
                    }
                    if (atStop >= 0) {
                        restarts.add(running.afterStart());
                        if (atStop < distinctIds.size()) {
                            resumes.add(awaitResume(enriched, atStop, app));
                        }
                    }
                    long target = (long) (point * ARTICLES);
                    if (!enriched.awaitAtLeast(target, FINISH)) {
                        app.dumpThreads();
                        throw new IllegalStateException("no progress to " + target + " enriched records ("
                                + enriched.count() + "); see " + app.log());
                    }
                    if (kill) {
                        app.kill();
                    } else {
                        int code = app.terminate(Duration.ofSeconds(60));
                        assertThat(code).as("exit code after SIGTERM").isIn(0, 143);
                    }
                    // Everything committed before the stop, read: what a restart must go beyond.
                    atStop = enriched.settled(Duration.ofSeconds(1));
                    LOG.info(
                            "{}: stopped ({}) after {} committed enriched records",
                            name,
                            kill ? "SIGKILL" : "SIGTERM",
                            atStop);
                }
            }
            try (AppProcess app = AppProcess.run(settings, log)) {
                restarts.add(app.awaitRunning(Duration.ofSeconds(90)).afterStart());
                if (atStop < distinctIds.size()) {
                    resumes.add(awaitResume(enriched, atStop, app));
                }
                LOG.info(
                        "{}: first start RUNNING after {}; restarts RUNNING after {}, committing again after {} (from"
                                + " process start; load average {})",
                        name,
                        firstStart,
                        restarts,
                        resumes,
                        loadAverage());
                verifyExactlyOnce(name, topics, app);
            }
        }
        assertThat(restarts).as("restarts").hasSize(2);
        if (kill) {
            // The budget is for restarts after a crash; a clean stop's restarts are logged above.
            Duration restartLimit = max(RESTART_LIMIT, firstStart.multipliedBy(2));
            Duration resumeLimit = max(RESUME_LIMIT, firstStart.multipliedBy(3));
            assertThat(restarts)
                    .as(
                            "process start to RUNNING of each restart after SIGKILL, first start %s (see %s)",
                            firstStart, log)
                    .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(restartLimit));
            assertThat(resumes)
                    .as("process start to the first new committed result of each restart after SIGKILL")
                    .allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(resumeLimit));
        }
        assertNothingDeletedByRetention(name, topics);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    /** How long after its start the restarted app commits an enriched record beyond those before the stop. */
    private static Duration awaitResume(CommittedRecordCounter enriched, long atStop, AppProcess app)
            throws InterruptedException {
        if (!enriched.awaitAtLeast(atStop + 1, FINISH)) {
            app.dumpThreads();
            throw new IllegalStateException("no new enriched record after the restart; see " + app.log());
        }
        return app.age();
    }

    private void verifyExactlyOnce(String name, Topics topics, AppProcess app) throws Exception {
        var out = Records.readUntil(
                kafka.bootstrapServers(), topics.enriched(), r -> r.size() >= distinctIds.size(), FINISH);
        Map<String, Integer> perId = new HashMap<>();
        out.forEach(r -> perId.merge(r.key(), 1, Integer::sum));
        Set<String> missing = new HashSet<>(distinctIds);
        missing.removeAll(perId.keySet());
        List<String> duplicated = perId.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey)
                .toList();
        if (!missing.isEmpty()) {
            app.dumpThreads();
        }
        for (String id : duplicated) {
            for (String isolation : List.of("read_committed", "read_uncommitted")) {
                dumpChangelog(name + "-article-dedup-store-changelog", id, isolation);
            }
            long inInput = stream.stream().filter(a -> a.getId().equals(id)).count();
            out.stream()
                    .filter(r -> r.key().equals(id))
                    .forEach(r -> LOG.error(
                            "Duplicate {} (in input {}x): partition {} offset {} processed {} from input offset {}",
                            id,
                            inInput,
                            r.partition(),
                            r.offset(),
                            r.value().getProcessingTime(),
                            r.value().getProvenance().getSourceOffset()));
        }
        assertThat(missing)
                .as(
                        "articles with no enriched record (%d of %d; see %s)",
                        missing.size(), distinctIds.size(), app.log())
                .isEmpty();
        assertThat(duplicated).as("articles enriched more than once").isEmpty();
        assertThat(perId.keySet()).isEqualTo(distinctIds);
    }

    /** The broker has checked retention every second throughout: no topic of the app, nor any changelog, lost a record. */
    private static void assertNothingDeletedByRetention(String name, Topics topics) throws Exception {
        try (Admin admin = kafka.admin()) {
            List<String> checked = new ArrayList<>(topics.allNames());
            admin.listTopics().names().get(30, TimeUnit.SECONDS).stream()
                    .filter(t -> t.startsWith(name + "-") && t.endsWith("-changelog"))
                    .forEach(checked::add);
            for (String topic : checked) {
                assertThat(TopicOffsets.earliestTotal(admin, topic))
                        .as("records deleted from %s", topic)
                        .isZero();
            }
        }
    }

    private static Map<String, String> settings(String name) {
        Map<String, String> s = new HashMap<>();
        for (String t : List.of("articles", "market.notes", "enriched", "links", "stats", "dlq")) {
            s.put("topic." + t, name + "." + t);
        }
        s.put("bootstrap.servers", kafka.bootstrapServers());
        s.put("application.id", name);
        s.put("schema.registry.url", registry.url().toString());
        s.put("topic.partitions", "4");
        s.put("http.port", "0");
        s.put(
                "kafka.state.dir",
                Path.of("target", "reliability", name + "-state")
                        .toAbsolutePath()
                        .toString());
        s.put("kafka.commit.interval.ms", "200");
        // No group.instance.id: run is a static member by default, with an id kept in its state
        // directory, so the restarted process takes the killed one's place at once.
        return s;
    }

    private static void dumpChangelog(String topic, String key, String isolation) {
        Map<String, Object> props = new HashMap<>();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        props.put("isolation.level", isolation);
        byte[] prefix = key.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<>(
                props,
                new org.apache.kafka.common.serialization.ByteArrayDeserializer(),
                new org.apache.kafka.common.serialization.ByteArrayDeserializer())) {
            var parts = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            var ends = consumer.endOffsets(parts);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline && parts.stream().anyMatch(p -> consumer.position(p) < ends.get(p))) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.key() != null
                            && r.key().length >= prefix.length
                            && java.util.Arrays.equals(r.key(), 0, prefix.length, prefix, 0, prefix.length)) {
                        LOG.error(
                                "Changelog ({}) {}-{}@{} ts {} key {} bytes",
                                isolation,
                                r.topic(),
                                r.partition(),
                                r.offset(),
                                r.timestamp(),
                                r.key().length);
                    }
                }
            }
            LOG.error("Changelog ({}) end offsets {}", isolation, ends);
        }
    }
}
