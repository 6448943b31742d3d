package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.config.AppConfig;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.testing.Articles;
import dev.mrt.testing.TestConfigs;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticleTaggingTopologyTest {
    private static final Instant WALL_CLOCK = Instant.parse("2026-01-01T00:00:00Z");

    private final AppConfig config = TestConfigs.local();
    private final Topics topics = Topics.from(config, SerdeFactories.forConfig(config)::valueSerde);
    private final ArticleTagger tagger = ArticleTagger.loadDefault();
    private final PipelineMetrics metrics = PipelineMetrics.inMemory();
    private TopologyTestDriver driver;
    private TestInputTopic<String, Article> articles;
    private TestOutputTopic<String, EnrichedArticle> enriched;

    @BeforeEach
    void start() {
        Properties props = StreamsSettings.from(config, metrics);
        driver = new TopologyTestDriver(
                ArticleTaggingTopology.build(
                        topics, tagger, RunIdentity.live(), TopologySettings.from(config), metrics),
                props,
                WALL_CLOCK);
        articles = driver.createInputTopic(
                topics.articles().name(),
                topics.articles().keySerde().serializer(),
                topics.articles().valueSerde().serializer());
        enriched = driver.createOutputTopic(
                topics.enriched().name(),
                topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void enrichesAnArticleKeyedByIdAtPublicationTime() {
        Article a = Articles.leaderCallStory("a-1");
        // A record timestamp unlike the publication time: event time must still be publication time.
        articles.pipeInput("a-1", a, Instant.parse("2030-01-01T00:00:00Z"));

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("a-1");
        assertThat(out.getRecordTime()).isEqualTo(a.getPublishedAt());
        EnrichedArticle e = out.value();
        assertThat(e.getArticleId()).isEqualTo("a-1");
        assertThat(e.getTitle()).isEqualTo(a.getTitle());
        assertThat(e.getEventTime()).isEqualTo(a.getPublishedAt());
        assertThat(e.getProcessingTime()).isEqualTo(WALL_CLOCK);
        assertThat(e.getTaxonomyVersion()).isEqualTo(tagger.taxonomyVersion());
        assertThat(e.getTaggerVersion()).isEqualTo(tagger.taggerVersion());
        assertThat(e.getProvenance().getMode()).isEqualTo(RunIdentity.LIVE);
        assertThat(e.getProvenance().getReplayId()).isNull();
        assertThat(e.getProvenance().getSourceTopic())
                .isEqualTo(topics.articles().name());
        assertThat(e.getProvenance().getSourceOffset()).isZero();
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void replayRunsStampTheirIdIntoProvenance() {
        driver.close();
        driver = new TopologyTestDriver(
                ArticleTaggingTopology.build(
                        topics, tagger, RunIdentity.replay("r-42"), TopologySettings.from(config), metrics),
                StreamsSettings.from(config, metrics),
                WALL_CLOCK);
        articles = driver.createInputTopic(
                topics.articles().name(),
                topics.articles().keySerde().serializer(),
                topics.articles().valueSerde().serializer());
        enriched = driver.createOutputTopic(
                topics.enriched().name(),
                topics.enriched().keySerde().deserializer(),
                topics.enriched().valueSerde().deserializer());

        articles.pipeInput("a-2", Articles.leaderCallStory("a-2"));

        EnrichedArticle e = enriched.readValue();
        assertThat(e.getProvenance().getMode()).isEqualTo(RunIdentity.REPLAY);
        assertThat(e.getProvenance().getReplayId()).isEqualTo("r-42");
    }

    @Test
    void everyNodeOfThePipelineHasAChosenName() {
        String description = describePipeline(config, tagger);
        assertThat(description)
                .contains(
                        "source-" + topics.articles().name(),
                        ArticleTaggingTopology.TAG_PROCESSOR,
                        "sink-" + topics.enriched().name());
        assertThat(description).doesNotContainPattern("KSTREAM-|KTABLE-|KSTREAM_|-\\d{10}");
    }

    /** The whole pipeline's topology description, as {@code run} would build it with this config. */
    static String describePipeline(AppConfig config, ArticleTagger tagger) {
        PipelineMetrics metrics = PipelineMetrics.inMemory();
        return PipelineTopology.build(
                        TestConfigs.topics(config),
                        tagger,
                        TestConfigs.instruments(),
                        RunIdentity.live(),
                        TopologySettings.from(config),
                        metrics,
                        StreamsSettings.from(config, metrics))
                .describe()
                .toString();
    }
}
