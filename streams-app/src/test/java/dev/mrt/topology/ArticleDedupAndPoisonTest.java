package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.testing.Articles;
import dev.mrt.testing.DriverFixture;
import dev.mrt.topology.errors.DeadLetterReason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Deduplication, revisions, poison records and the accounting invariant of the article path. */
class ArticleDedupAndPoisonTest {
    private final DriverFixture f = new DriverFixture((b, fx) -> ArticleTaggingTopology.addTo(
            b, fx.topics, ArticleTagger.loadDefault(), RunIdentity.live(), fx.settings, fx.metrics));
    private final TestInputTopic<String, Article> articles = f.input(f.topics.articles());
    private final TestOutputTopic<String, EnrichedArticle> enriched = f.output(f.topics.enriched());

    @AfterEach
    void close() {
        f.close();
    }

    private static Article withRevision(Article a, Long version, Instant updatedAt) {
        return Article.newBuilder(a).setVersion(version).setUpdatedAt(updatedAt).build();
    }

    @Test
    void aResentWireEmitsNothingNew() {
        Article a = Articles.leaderCallStory("wire-1");
        articles.pipeInput("wire-1", a);
        articles.pipeInput("wire-1", a);
        articles.pipeInput("wire-1", a);

        assertThat(enriched.readKeyValuesToList()).hasSize(1);
        assertThat(f.metrics.count("mrt.articles.deduplicated")).isEqualTo(2);
    }

    @Test
    void aHigherVersionReplacesAndALowerOneIsDropped() {
        Article v1 = withRevision(Articles.leaderCallStory("rev"), 1L, null);
        Article v2 = Article.newBuilder(withRevision(v1, 2L, null))
                .setTitle("Corrected headline")
                .build();
        articles.pipeInput("rev", v1);
        articles.pipeInput("rev", v2);
        articles.pipeInput("rev", v1);

        List<EnrichedArticle> out = enriched.readValuesToList();
        assertThat(out).extracting(EnrichedArticle::getArticleVersion).containsExactly(1L, 2L);
        assertThat(out.get(1).getTitle()).isEqualTo("Corrected headline");
        assertThat(f.metrics.count("mrt.articles.updated")).isEqualTo(1);
        assertThat(f.metrics.count("mrt.articles.deduplicated")).isEqualTo(1);
    }

    @Test
    void aLaterUpdatedAtCountsAsARevisionWhenThereIsNoVersion() {
        Article a = Articles.leaderCallStory("upd");
        Instant t = a.getPublishedAt();
        articles.pipeInput("upd", withRevision(a, null, t.plusSeconds(60)));
        articles.pipeInput("upd", withRevision(a, null, t.plusSeconds(30)));
        articles.pipeInput("upd", withRevision(a, null, t.plusSeconds(600)));

        assertThat(enriched.readValuesToList()).hasSize(2);
    }

    @Test
    void theSameIdAfterTheRetentionIsTaggedAgain() {
        Article a = Articles.leaderCallStory("old");
        articles.pipeInput("old", a);
        Article muchLater = Article.newBuilder(a)
                .setPublishedAt(
                        a.getPublishedAt().plus(f.settings.dedupRetention()).plus(java.time.Duration.ofDays(3)))
                .build();
        // Move stream time past the first record's retention, then send the id again.
        articles.pipeInput("other", Article.newBuilder(muchLater).setId("other").build());
        articles.pipeInput("old", muchLater);

        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("old", "other", "old");
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicWithTheirOriginalBytesAndAReason() {
        var raw = f.rawInput(f.topics.articles());
        raw.pipeInput("garbage".getBytes(StandardCharsets.UTF_8), "not avro at all".getBytes(StandardCharsets.UTF_8));
        raw.pipeInput(new TestRecord<>("tombstone".getBytes(StandardCharsets.UTF_8), (byte[]) null));
        Article empty = Articles.article("empty", "", "  ", "2021-09-10T08:25:00-04:00");
        articles.pipeInput("empty", empty);
        Article future = Articles.article("future", "Headline", "Body text.", "9999-01-01T00:00:00Z");
        articles.pipeInput("future", future);
        articles.pipeInput("good", Articles.leaderCallStory("good"));

        // TopologyTestDriver does not deliver the deserialization handler's dead-letter record
        // (a real broker does: PoisonInputIntegrationTest); here the handler's count shows it ran.
        assertThat(f.metrics.count("mrt.dead.lettered", "reason", DeadLetterReason.DESERIALIZATION.code()))
                .isEqualTo(1);
        List<TestRecord<byte[], byte[]>> dlq = f.deadLetters();
        assertThat(dlq)
                .extracting(DriverFixture::reason)
                .containsExactly(
                        DeadLetterReason.NULL_VALUE, DeadLetterReason.EMPTY_BODY, DeadLetterReason.FUTURE_TIMESTAMP);
        assertThat(new String(dlq.get(0).key(), StandardCharsets.UTF_8)).isEqualTo("tombstone");
        assertThat(dlq.get(0).value()).isNull();
        assertThat(dlq.get(1).value())
                .isEqualTo(f.topics
                        .articles()
                        .valueSerde()
                        .serializer()
                        .serialize(f.topics.articles().name(), empty));
        assertThat(enriched.readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("good");
    }

    @Test
    void everyInputRecordIsEnrichedDeduplicatedOrDeadLettered() {
        var raw = f.rawInput(f.topics.articles());
        int in = 0;
        for (int i = 0; i < 20; i++) {
            articles.pipeInput("a" + (i % 12), Articles.leaderCallStory("a" + (i % 12)));
            in++;
            if (i % 5 == 0) {
                raw.pipeInput(("bad" + i).getBytes(StandardCharsets.UTF_8), new byte[] {0, 0, 0, 0, 42, 1});
                in++;
            }
        }
        long out = enriched.readRecordsToList().size();
        long deduplicated = (long) f.metrics.count("mrt.articles.deduplicated");
        long deadLettered =
                (long) f.metrics.count("mrt.dead.lettered", "reason", DeadLetterReason.DESERIALIZATION.code())
                        + f.deadLetters().size();

        assertThat(out).isEqualTo(12);
        assertThat(out + deduplicated + deadLettered).isEqualTo(in);
    }
}
