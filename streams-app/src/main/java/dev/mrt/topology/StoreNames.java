package dev.mrt.topology;

/** Every state store the topologies create: the one place for their names (changelog topics derive from them). */
public final class StoreNames {
    /** What is remembered of each article id: revision and statistics contribution. */
    public static final String ARTICLE_DEDUP = "article-dedup-store";
    /** Cross-feed linking: the sources of a linking partition with their notes' links; also read by the API. */
    public static final String LINK_SOURCES = "link-sources-store";

    public static final String STATS_HOURLY = "stats-hourly-store";
    public static final String STATS_DAILY = "stats-daily-store";
    /** Dashboard views: window stores at event time, for interactive queries. */
    public static final String DASHBOARD_ARTICLES = "dashboard-articles-store";

    public static final String DASHBOARD_ARTICLE_TEXTS = "dashboard-article-texts-store";

    private StoreNames() {}
}
