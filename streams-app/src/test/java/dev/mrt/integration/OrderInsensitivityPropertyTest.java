package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionStatsWindow;
import dev.mrt.config.AppConfig;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.runtime.PipelineDrain;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.MarketNotes;
import dev.mrt.testing.OutputTables;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.PipelineMetrics;
import dev.mrt.topology.PipelineTopology;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.StatsCells;
import dev.mrt.topology.StreamsSettings;
import dev.mrt.topology.Topics;
import dev.mrt.topology.TopologySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/**
 * The acceptance test of order-insensitive linking and exact statistics, on a real broker: the
 * same articles (some revised) and market notes, produced to four partitions of each input topic
 * in a random interleaving, with the pipeline stopped and started again half-way, under
 * at-least-once and exactly-once, give the links table and the statistics of the same input
 * processed in publication order by one task (a test driver). Several tasks on real partitions
 * are what make arrival order vary; the test driver's many-order checks are
 * {@code LinkOrderPropertyTest}.
 */
@Tag("integration")
class OrderInsensitivityPropertyTest {
    private static final Instant T0 = Instant.parse("2023-03-06T00:00:00Z");
    private static final ArticleTagger TAGGER = ArticleTagger.loadDefault();
    private static EmbeddedKafka kafka;
    private static int run;

    @BeforeContainer
    static void startBroker() {
        kafka = EmbeddedKafka.startDefault();
    }

    @AfterContainer
    static void stopBroker() {
        if (kafka != null) {
            kafka.close();
        }
    }

    /** The input of one try: articles (revisions after their originals) and notes, in publication order. */
    record Input(List<Article> articles, List<MarketNote> notes) {}

    /** The links table and the statistics windows (hourly and daily) an input leads to. */
    record Result(Map<String, NoteLinks> links, Map<String, StatsCells> hourly, Map<String, StatsCells> daily) {}

    @Property(tries = 2, seed = "")
    void anyInterleavingAndARestartGiveTheLinksAndStatisticsOfPublicationOrder(@ForAll long seed) throws Exception {
        Input input = input(new Random(seed));
        Result expected = inPublicationOrder(input);
        assertThat(expected.links()).as("the input links across feeds").isNotEmpty();
        for (String guarantee : List.of("exactly_once_v2", "at_least_once")) {
            Result got = onTheBroker(input, guarantee, new Random(seed ^ guarantee.hashCode()));
            assertThat(got.links()).as(guarantee + ": links").isEqualTo(expected.links());
            assertThat(got.hourly()).as(guarantee + ": hourly statistics").isEqualTo(expected.hourly());
            assertThat(got.daily()).as(guarantee + ": daily statistics").isEqualTo(expected.daily());
        }
    }

    /**
     * The samples moved into three days (so that many link), the notes of the feed each within
     * two hours of a random article, and a few articles revised with a shorter text.
     */
    private static Input input(Random random) throws Exception {
        List<Article> samples =
                JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
        List<Article> articles = new ArrayList<>();
        for (Article a : samples) {
            Instant t = T0.plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60)));
            articles.add(Article.newBuilder(a).setPublishedAt(t).setVersion(1L).build());
        }
        List<MarketNote> notes = new ArrayList<>();
        for (MarketNote n : MarketNotes.samples()) {
            Instant near = articles.get(random.nextInt(articles.size())).getPublishedAt();
            Instant t = near.plus(Duration.ofMinutes(random.nextInt(240) - 120L));
            notes.add(MarketNote.newBuilder(n).setPublishedAt(t).build());
        }
        articles.sort(Comparator.comparing(Article::getPublishedAt));
        List<Article> revised = new ArrayList<>(articles);
        for (int i = 0; i < 3; i++) {
            Article a = articles.get(random.nextInt(articles.size()));
            String body = a.getBody();
            revised.add(Article.newBuilder(a)
                    .setBody(body.substring(
                            0, Math.max(1, body.indexOf("\n\n") > 0 ? body.indexOf("\n\n") : body.length() / 2)))
                    .setVersion(a.getVersion() + 1 + i)
                    .build());
        }
        notes.sort(Comparator.comparing(MarketNote::getPublishedAt));
        return new Input(revised, notes);
    }

    /** One task, everything in publication order (revisions last): the reference. */
    private static Result inPublicationOrder(Input input) {
        AppConfig config = TestConfigs.local(Map.of("topic.partitions", "4"));
        Topics topics = TestConfigs.topics(config);
        PipelineMetrics metrics = PipelineMetrics.inMemory();
        try (TopologyTestDriver driver = new TopologyTestDriver(
                PipelineTopology.build(
                        topics,
                        TAGGER,
                        TestConfigs.instruments(),
                        RunIdentity.live(),
                        TopologySettings.from(config),
                        metrics,
                        StreamsSettings.from(config, metrics)),
                StreamsSettings.from(config, metrics),
                DriverFixture.WALL_CLOCK)) {
            var articles = driver.createInputTopic(
                    topics.articles().name(),
                    topics.articles().keySerde().serializer(),
                    topics.articles().valueSerde().serializer());
            var notes = driver.createInputTopic(
                    topics.marketNotes().name(),
                    topics.marketNotes().keySerde().serializer(),
                    topics.marketNotes().valueSerde().serializer());
            input.articles().forEach(a -> articles.pipeInput(a.getId(), a, a.getPublishedAt()));
            input.notes().forEach(n -> notes.pipeInput(n.getId(), n, n.getPublishedAt()));
            for (int i = 0; i < 3; i++) {
                driver.advanceWallClockTime(Duration.ofSeconds(2));
            }
            TestOutputTopic<String, NoteLinks> links = driver.createOutputTopic(
                    topics.links().name(),
                    topics.links().keySerde().deserializer(),
                    topics.links().valueSerde().deserializer());
            TestOutputTopic<String, ReactionStatsWindow> stats = driver.createOutputTopic(
                    topics.stats().name(),
                    topics.stats().keySerde().deserializer(),
                    topics.stats().valueSerde().deserializer());
            Map<String, NoteLinks> table = new TreeMap<>();
            links.readKeyValuesToList().forEach(kv -> {
                if (kv.value == null) {
                    table.remove(kv.key);
                } else {
                    table.put(kv.key, kv.value);
                }
            });
            Map<String, ReactionStatsWindow> windows = new TreeMap<>(stats.readKeyValuesToMap());
            assertThat(metrics.total("mrt.late.records")).isZero();
            return new Result(
                    table,
                    OutputTables.statsCells(windows, TopologySettings.HOUR),
                    OutputTables.statsCells(windows, TopologySettings.DAY));
        }
    }

    /** Four partitions per input, a random interleaving of the two inputs' records, a restart half-way. */
    private static Result onTheBroker(Input input, String guarantee, Random random) throws Exception {
        String name = "order-" + (++run);
        Map<String, String> settings = new HashMap<>();
        for (String t :
                List.of("articles", "market.notes", "prices", "enriched", "links", "stats", "realized", "dlq")) {
            settings.put("topic." + t, name + "." + t);
        }
        settings.put("topic.partitions", "4");
        settings.put("processing.guarantee", guarantee);
        List<Object> records = new ArrayList<>();
        records.addAll(shuffledKeepingRevisionOrder(input.articles(), random));
        for (MarketNote n : input.notes()) {
            records.add(random.nextInt(records.size() + 1), n);
        }
        int half = records.size() / 2;
        RunningPipeline first = RunningPipeline.start(kafka, name, settings);
        send(first, records.subList(0, half), random);
        first.close(); // a clean stop half-way; the second instance restores the state from the changelogs
        try (RunningPipeline second = RunningPipeline.start(kafka, name, settings)) {
            send(second, records.subList(half, records.size()), random);
            try (Admin admin = kafka.admin();
                    PipelineDrain drain = new PipelineDrain(admin, kafka.bootstrapServers(), name, second.topology())) {
                assertThat(drain.awaitDrained(Duration.ofSeconds(120), () -> false))
                        .as(guarantee + ": caught up")
                        .isTrue();
            }
            Map<String, EnrichedArticle> enriched = OutputTables.enriched(kafka.bootstrapServers(), second.topics());
            assertThat(enriched).hasSize((int)
                    input.articles().stream().map(Article::getId).distinct().count());
            var windows = OutputTables.stats(kafka.bootstrapServers(), second.topics());
            assertThat(second.pipelineMetrics().total("mrt.late.records")).isZero();
            return new Result(
                    OutputTables.links(kafka.bootstrapServers(), second.topics()),
                    OutputTables.statsCells(windows, TopologySettings.HOUR),
                    OutputTables.statsCells(windows, TopologySettings.DAY));
        }
    }

    /** A random order in which an article's revisions keep their order (as a publisher sends them). */
    private static List<Article> shuffledKeepingRevisionOrder(List<Article> articles, Random random) {
        List<String> slots =
                new ArrayList<>(articles.stream().map(Article::getId).toList());
        java.util.Collections.shuffle(slots, random);
        Map<String, List<Article>> byId = new HashMap<>();
        articles.forEach(
                a -> byId.computeIfAbsent(a.getId(), k -> new ArrayList<>()).add(a));
        Map<String, Integer> next = new HashMap<>();
        List<Article> out = new ArrayList<>();
        for (String id : slots) {
            out.add(byId.get(id).get(next.merge(id, 1, Integer::sum) - 1));
        }
        return out;
    }

    /** Sends in small batches, articles and notes as they come, so that commits fall between them. */
    private static void send(RunningPipeline p, List<Object> records, Random random) throws InterruptedException {
        int i = 0;
        while (i < records.size()) {
            int n = 1 + random.nextInt(6);
            List<Article> articles = new ArrayList<>();
            List<MarketNote> notes = new ArrayList<>();
            for (Object r : records.subList(i, Math.min(records.size(), i + n))) {
                if (r instanceof Article a) {
                    articles.add(a);
                } else {
                    notes.add((MarketNote) r);
                }
            }
            ArticleSender.sendAll(kafka.bootstrapServers(), p.topics().articles(), articles);
            ArticleSender.sendNotes(kafka.bootstrapServers(), p.topics().marketNotes(), notes);
            i += n;
            Thread.sleep(random.nextInt(150));
        }
    }
}
