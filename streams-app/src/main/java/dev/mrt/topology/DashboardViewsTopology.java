package dev.mrt.topology;

import java.time.Duration;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.WindowStore;

/**
 * The stores behind the query API and the dashboard that the other stages do not already keep:
 * enriched articles (which also serve their political events and the reactions inside them:
 * one store, one changelog record per article) and the article texts the evidence offsets point
 * into, and the realized moves of the reactions. Window stores at event time with {@code dashboard.retention}, so memory and disk stay
 * bounded whatever the input rate. Cross-feed reactions are read from the linking stage's own
 * store ({@link StoreNames#LINK_SOURCES}) and statistics from the statistics stores.
 *
 * <p>The article store reads the enriched topic (committed results), not the tagging flow, so
 * what the API shows is what downstream consumers see. Subscribing to a topic another builder
 * already reads is fine: the DSL merges source nodes of the same topic into one.
 */
public final class DashboardViewsTopology {
    public static final String ARTICLE_INDEXER = "dashboard-index-article";
    public static final String TEXT_INDEXER = "dashboard-index-article-text";
    public static final String REALIZED_INDEXER = "dashboard-index-realized-move";
    private static final String PURPOSE = "dashboard";
    /** Entries are points in time; the window size only shapes the {@code Windowed} keys of range results. */
    private static final Duration POINT = Duration.ofMillis(1);

    private DashboardViewsTopology() {}

    public static void addTo(StreamsBuilder builder, Topics topics, TopologySettings settings) {
        Duration retention = settings.dashboardRetention();
        builder.addStateStore(store(
                StoreNames.DASHBOARD_ARTICLES, retention, topics.enriched().valueSerde()));
        builder.addStateStore(store(
                StoreNames.DASHBOARD_ARTICLE_TEXTS, retention, topics.articles().valueSerde()));
        builder.addStateStore(store(
                StoreNames.DASHBOARD_REALIZED, retention, topics.realized().valueSerde()));

        builder.stream(topics.enriched().name(), topics.enriched().consumed(PURPOSE))
                .process(ArticleViewIndexer::new, Named.as(ARTICLE_INDEXER), StoreNames.DASHBOARD_ARTICLES);
        builder.stream(
                        topics.articles().name(),
                        topics.articles().consumed(PURPOSE).withTimestampExtractor(new PublicationTimeExtractor()))
                .process(
                        () -> new ArticleTextIndexer(settings.dashboardTextMaxChars()),
                        Named.as(TEXT_INDEXER),
                        StoreNames.DASHBOARD_ARTICLE_TEXTS);
        builder.stream(topics.realized().name(), topics.realized().consumed(PURPOSE))
                .process(RealizedMoveIndexer::new, Named.as(REALIZED_INDEXER), StoreNames.DASHBOARD_REALIZED);
    }

    private static <V> StoreBuilder<WindowStore<String, V>> store(
            String name, Duration retention, Serde<V> valueSerde) {
        return StoreChangelogs.logged(Stores.windowStoreBuilder(
                Stores.persistentWindowStore(name, retention, POINT, false), Serdes.String(), valueSerde));
    }
}
