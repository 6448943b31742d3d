package dev.mrt.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.testing.Articles;
import dev.mrt.testing.DriverFixture;
import dev.mrt.testing.Enriched;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyWindowStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DashboardViewsTopologyTest {
    private static final Instant T0 = Instant.parse("2021-09-10T12:25:00Z");

    private final DriverFixture f =
            new DriverFixture((b, fx) -> DashboardViewsTopology.addTo(b, fx.topics, fx.settings));
    private final TestInputTopic<String, EnrichedArticle> enriched = f.input(f.topics.enriched());
    private final TestInputTopic<String, Article> articles = f.input(f.topics.articles());

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void indexesAnArticleAtEventTimeAndServesItsEventsAndInsideLinksFromIt() {
        enriched.pipeInput("a1", Enriched.leaderCall("a1", T0), T0);

        assertThat(keys(StoreNames.DASHBOARD_ARTICLES)).containsExactly(KeyValue.pair("a1", T0.toEpochMilli()));
        ReadOnlyWindowStore<String, EnrichedArticle> store = f.driver.getWindowStore(StoreNames.DASHBOARD_ARTICLES);
        EnrichedArticle a = store.fetch("a1", T0.toEpochMilli());
        List<PoliticalEvent> events = ArticleViews.events(a);
        assertThat(events).extracting(PoliticalEvent::getId).containsExactly("a1/e1");
        assertThat(events.get(0).getLinkKey()).isEqualTo("CN-US");
        assertThat(events.get(0).getHeadline()).isEqualTo("Biden and Xi speak");
        List<ReactionLink> reactions = ArticleViews.reactions(a);
        assertThat(reactions).extracting(ReactionLink::getId).containsExactlyInAnyOrder("a1/e1|a1/n1", "a1/e1|a1/n2");
        ReactionLink cnh = reactions.stream()
                .filter(r -> r.getId().equals("a1/e1|a1/n2"))
                .findFirst()
                .orElseThrow();
        assertThat(cnh.getAsset()).isEqualTo("USDCNH");
        assertThat(cnh.getModality()).isEqualTo("expected");
        assertThat(cnh.getNoteSourceKind()).isEqualTo(LinkSources.SOURCE_ARTICLE);
        assertThat(cnh.getLagMs()).isZero();
    }

    @Test
    void aRevisionReplacesThePreviousOneWhereverItsTime() {
        enriched.pipeInput("a1", Enriched.leaderCall("a1", T0), T0);
        EnrichedArticle revised = EnrichedArticle.newBuilder(Enriched.leaderCall("a1", T0.plusSeconds(60)))
                .setLinks(List.of())
                .setArticleVersion(2L)
                .build();
        enriched.pipeInput("a1", revised, T0.plusSeconds(60));

        assertThat(keys(StoreNames.DASHBOARD_ARTICLES))
                .containsExactly(KeyValue.pair("a1", T0.plusSeconds(60).toEpochMilli()));
        ReadOnlyWindowStore<String, EnrichedArticle> store = f.driver.getWindowStore(StoreNames.DASHBOARD_ARTICLES);
        assertThat(ArticleViews.reactions(store.fetch("a1", T0.plusSeconds(60).toEpochMilli())))
                .isEmpty();
    }

    @Test
    void keepsTheNewestRevisionOfAnArticleText() {
        Article v2 = Article.newBuilder(Articles.leaderCallStory("a1"))
                .setVersion(2L)
                .setBody("second revision")
                .build();
        Article v1 = Article.newBuilder(Articles.leaderCallStory("a1"))
                .setVersion(1L)
                .setBody("first revision")
                .build();
        articles.pipeInput("a1", v2);
        articles.pipeInput("a1", v1);

        ReadOnlyWindowStore<String, Article> texts = f.driver.getWindowStore(StoreNames.DASHBOARD_ARTICLE_TEXTS);
        assertThat(texts.fetch("a1", v2.getPublishedAt().toEpochMilli()).getBody())
                .isEqualTo("second revision");

        Article v3 =
                Article.newBuilder(v1).setVersion(3L).setBody("third revision").build();
        articles.pipeInput("a1", v3);
        assertThat(texts.fetch("a1", v3.getPublishedAt().toEpochMilli()).getBody())
                .isEqualTo("third revision");
    }

    private List<KeyValue<String, Long>> keys(String store) {
        ReadOnlyWindowStore<String, ?> s = f.driver.getWindowStore(store);
        List<KeyValue<String, Long>> out = new ArrayList<>();
        try (KeyValueIterator<? extends Windowed<String>, ?> it = s.all()) {
            it.forEachRemaining(
                    kv -> out.add(KeyValue.pair(kv.key.key(), kv.key.window().start())));
        }
        return out;
    }
}
