package dev.mrt.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MarketNote;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStatsWindow;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.runtime.ArticleSender;
import dev.mrt.testing.Records;
import dev.mrt.testing.RunningPipeline;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.ReactionIncrements;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** All topologies together on a real broker. */
@Tag("integration")
class PipelineIntegrationTest {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static EmbeddedKafka kafka;
    private static List<Article> samples;

    @BeforeAll
    static void start() throws Exception {
        kafka = EmbeddedKafka.startDefault();
        samples = JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
    }

    @AfterAll
    static void stop() {
        kafka.close();
    }

    private static Map<String, String> isolated(String name) {
        Map<String, String> topics = new java.util.HashMap<>();
        for (String t :
                List.of("articles", "market.notes", "prices", "enriched", "links", "stats", "realized", "dlq")) {
            topics.put("topic." + t, name + "." + t);
        }
        return topics;
    }

    @Test
    void seedStoryAndALaterFeedNoteAreLinkedCountedAndAccountedFor() throws Exception {
        Article seed = samples.get(0);
        Instant thirtyMinutesLater = seed.getPublishedAt().plus(Duration.ofMinutes(30));
        MarketNote note = MarketNote.newBuilder()
                .setId("feed-cnh-1")
                .setText("Offshore yuan firms after Biden-Xi call")
                .setPublishedAt(thirtyMinutesLater)
                .setPublishedOffsetSeconds(-4 * 3600)
                .setSource("test desk")
                .build();

        try (RunningPipeline p = RunningPipeline.start(kafka, "pipeline-it", isolated("seedit"))) {
            String bootstrap = kafka.bootstrapServers();
            ArticleSender.sendAll(bootstrap, p.topics().articles(), List.of(seed, seed)); // a re-sent wire
            Records.sendRaw(
                    bootstrap, p.topics().articles().name(), "junk".getBytes(StandardCharsets.UTF_8), new byte[] {
                        0, 0, 0, 0, 99, 1, 2
                    });
            Records.send(
                    bootstrap, p.topics().marketNotes(), Map.of(note.getId(), note), thirtyMinutesLater.toEpochMilli());

            // The note links to the best few events of the seed story; the call is among them.
            Predicate<ConsumerRecord<String, NoteLinks>> feedRow =
                    r -> r.key().startsWith("feed-cnh-1/") && r.value() != null;
            List<ConsumerRecord<String, NoteLinks>> rows = Records.readUntil(
                    bootstrap,
                    p.topics().links(),
                    r -> r.stream()
                            .filter(feedRow)
                            .anyMatch(row -> row.value().getLinks().stream()
                                    .anyMatch(l -> l.getEventType().equals("diplomacy.leader_call"))),
                    WAIT);
            NoteLinks row = rows.stream()
                    .filter(feedRow)
                    .reduce((first, second) -> second)
                    .orElseThrow()
                    .value();
            assertThat(row.getLinks())
                    .hasSizeLessThanOrEqualTo(p.config().integer(dev.mrt.config.Setting.LINK_MAX_PER_RECORD));
            ReactionLink link = row.getLinks().stream()
                    .filter(l -> l.getEventType().equals("diplomacy.leader_call"))
                    .findFirst()
                    .orElseThrow();
            assertThat(link.getEventArticleId()).isEqualTo(seed.getId());
            assertThat(link.getAsset()).isEqualTo("USDCNH");
            assertThat(link.getDirection()).isEqualTo("down");
            assertThat(link.getLagMs()).isEqualTo(Duration.ofMinutes(30).toMillis());
            assertThat(link.getNoteSourceKind()).isEqualTo("note_feed");

            String cell = ReactionIncrements.eventAssetDirectionKey("diplomacy.leader_call", "USDCNH", "down");
            List<ConsumerRecord<String, ReactionStatsWindow>> stats = Records.readUntil(
                    bootstrap, p.topics().stats(), r -> r.stream().anyMatch(w -> countOf(w.value(), cell) >= 2), WAIT);
            // In the article, and across feeds.
            assertThat(stats)
                    .anySatisfy(w -> assertThat(countOf(w.value(), cell)).isGreaterThanOrEqualTo(2));

            // Accounting: 3 article records in = 1 enriched + 1 deduplicated + 1 dead-lettered.
            List<ConsumerRecord<String, EnrichedArticle>> enriched =
                    Records.readUntil(bootstrap, p.topics().enriched(), r -> !r.isEmpty(), WAIT);
            var dlq = Records.readRawUntil(bootstrap, p.topics().deadLetter(), r -> !r.isEmpty(), WAIT);
            long deduplicated = (long) p.pipelineMetrics().count("mrt.articles.deduplicated");
            assertThat(enriched).hasSize(1);
            assertThat(dlq).hasSize(1);
            assertThat(enriched.size() + deduplicated + dlq.size()).isEqualTo(3);
        }
    }

    private static long countOf(ReactionStatsWindow w, String key) {
        return w == null
                ? 0
                : w.getCells().stream()
                        .filter(c -> c.getKey().equals(key))
                        .mapToLong(c -> c.getCount())
                        .sum();
    }

    @Test
    void twoInstancesShareTheWorkAndLoseNothingWhenOneStops() throws Exception {
        Map<String, String> settings = new java.util.HashMap<>(isolated("twoit"));
        settings.put("topic.partitions", "4");
        List<Article> articles = new ArrayList<>();
        for (int copy = 0; copy < 12; copy++) {
            for (Article a : samples) {
                articles.add(Article.newBuilder(a)
                        .setId(a.getId() + "#" + copy)
                        .setPublishedAt(a.getPublishedAt().plus(Duration.ofMinutes(copy)))
                        .build());
            }
        }
        articles.sort(java.util.Comparator.comparing(Article::getPublishedAt));
        int half = articles.size() / 2;

        try (RunningPipeline first = RunningPipeline.start(kafka, "two-instances", settings)) {
            RunningPipeline second = RunningPipeline.start(kafka, "two-instances", settings);
            ArticleSender.sendAll(kafka.bootstrapServers(), first.topics().articles(), articles.subList(0, half));
            Records.readUntil(kafka.bootstrapServers(), first.topics().enriched(), r -> r.size() >= half / 2, WAIT);
            second.close(); // one instance leaves midway; its partitions move to the other
            ArticleSender.sendAll(
                    kafka.bootstrapServers(), first.topics().articles(), articles.subList(half, articles.size()));

            Set<String> expected = articles.stream().map(Article::getId).collect(Collectors.toSet());
            List<ConsumerRecord<String, EnrichedArticle>> out = Records.readUntil(
                    kafka.bootstrapServers(), first.topics().enriched(), r -> r.size() >= expected.size(), WAIT);
            Set<String> seen = new HashSet<>();
            List<String> duplicates = new ArrayList<>();
            out.forEach(r -> {
                if (!seen.add(r.key())) {
                    duplicates.add(r.key());
                }
            });
            assertThat(duplicates).isEmpty();
            assertThat(seen).isEqualTo(expected);
        }
    }
}
