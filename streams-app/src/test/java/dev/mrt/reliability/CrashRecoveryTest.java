package dev.mrt.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.serde.registry.FakeRegistryServer;
import dev.mrt.testing.AppProcess;
import dev.mrt.testing.Records;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app in its own JVM, killed with SIGKILL (and, separately, stopped with SIGTERM) at three
 * random points of a stream of articles and started again each time. Exactly-once must hold:
 * the read_committed enriched topic has exactly one record per distinct article.
 * {@code -Dmrt.reliability.articles=N} sets the stream length (the soak profile runs 100k).
 */
@Tag("reliability")
class CrashRecoveryTest {
    private static final Logger LOG = LoggerFactory.getLogger(CrashRecoveryTest.class);
    private static final int ARTICLES = Integer.getInteger("mrt.reliability.articles", 20_000);
    private static final double RESENT_SHARE = 0.02;
    private static final Duration FINISH = Duration.ofSeconds(Math.max(90, ARTICLES / 100));

    private static EmbeddedKafka kafka;
    private static FakeRegistryServer registry;
    private static List<Article> stream;
    private static Set<String> distinctIds;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.startDefault();
        registry = FakeRegistryServer.start();
        List<Article> samples =
                JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
        Random random = new Random(7);
        stream = new ArrayList<>(ARTICLES);
        for (int i = 0; i < ARTICLES; i++) {
            boolean resend = i > 0 && random.nextDouble() < RESENT_SHARE;
            Article base = resend ? stream.get(random.nextInt(i)) : null;
            if (base == null) {
                Article s = samples.get(i % samples.size());
                base = Article.newBuilder(s)
                        .setId(s.getId() + "-" + i)
                        .setPublishedAt(
                                java.time.Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i * 7L))
                        .build();
            }
            stream.add(base);
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
    void killNineThreeTimesLosesNothingAndDuplicatesNothing() throws Exception {
        exactlyOnceAcrossStops("crash-kill", true);
    }

    @Test
    void sigtermThreeTimesLosesNothingAndDuplicatesNothing() throws Exception {
        exactlyOnceAcrossStops("crash-term", false);
    }

    private void exactlyOnceAcrossStops(String name, boolean kill) throws Exception {
        Map<String, String> settings = settings(name);
        AppConfig config = TestConfigs.local(settings)
                .with("bootstrap.servers", kafka.bootstrapServers(), new ConfigOrigin("test", 0));
        Topics topics = Topics.from(config, SerdeFactories.forConfig(config)::valueSerde);
        kafka.createTopics(4, topics.allNames().toArray(String[]::new));
        ArticleSender.sendAll(kafka.bootstrapServers(), topics.articles(), stream);

        Random random = new Random(name.hashCode());
        Path logs = Path.of("target", "reliability");
        int stops = 0;
        for (double point : new double[] {
            0.15 + 0.1 * random.nextDouble(), 0.45 + 0.1 * random.nextDouble(), 0.75 + 0.1 * random.nextDouble()
        }) {
            try (AppProcess app = AppProcess.run(settings, logs.resolve(name + ".log"))) {
                long target = (long) (point * ARTICLES);
                awaitOutput(topics.enriched().name(), target, app);
                if (kill) {
                    app.kill();
                } else {
                    int code = app.terminate(Duration.ofSeconds(60));
                    assertThat(code).as("exit code after SIGTERM").isIn(0, 143);
                }
                stops++;
                LOG.info("{}: stop {} after about {} enriched records", name, stops, target);
            }
        }
        try (AppProcess app = AppProcess.run(settings, logs.resolve(name + ".log"))) {
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
            assertThat(stops).isEqualTo(3);
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
        // Static membership, as a restarted pod or service keeps its name: the new process takes
        // the killed one's place at once instead of waiting out its session.
        s.put("kafka.group.instance.id", name + "-instance");
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

    private static String groupOf(String enrichedTopic) {
        return enrichedTopic.substring(0, enrichedTopic.indexOf('.'));
    }

    /** Waits until the enriched topic holds about {@code target} records (committed or not). */
    private static void awaitOutput(String topic, long target, AppProcess app) throws Exception {
        long deadline = System.nanoTime() + FINISH.toNanos();
        try (Admin admin = kafka.admin()) {
            while (System.nanoTime() < deadline) {
                if (!app.isAlive()) {
                    throw new IllegalStateException("the app died by itself; see " + app.log());
                }
                var partitions = admin.describeTopics(List.of(topic))
                        .allTopicNames()
                        .get()
                        .get(topic)
                        .partitions();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                partitions.forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                long total = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                        .mapToLong(o -> o.offset())
                        .sum();
                if (total >= target) {
                    return;
                }
                Thread.sleep(50);
            }
        }
        app.dumpThreads();
        try (Admin admin = kafka.admin()) {
            LOG.error(
                    "Stalled. Group offsets: {}",
                    admin.listConsumerGroupOffsets(groupOf(topic))
                            .partitionsToOffsetAndMetadata()
                            .get());
            Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
            for (String t : admin.listTopics().names().get()) {
                if (t.startsWith(groupOf(topic))) {
                    admin.describeTopics(List.of(t))
                            .allTopicNames()
                            .get()
                            .get(t)
                            .partitions()
                            .forEach(p -> ends.put(new TopicPartition(t, p.partition()), OffsetSpec.latest()));
                }
            }
            admin.listOffsets(ends).all().get().forEach((tp, o) -> LOG.error("End offset {} = {}", tp, o.offset()));
        }
        throw new IllegalStateException("no progress to " + target + " records; see " + app.log());
    }
}
