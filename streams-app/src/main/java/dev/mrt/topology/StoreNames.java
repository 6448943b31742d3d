package dev.mrt.topology;

/** Every state store the topologies create: the one place for their names (changelog topics derive from them). */
public final class StoreNames {
    public static final String ARTICLE_DEDUP = "article-dedup-store";
    /** Political events by link key, for cross-feed linking. */
    public static final String LINK_EVENTS = "link-events-store";
    /** Market notes by link key, for cross-feed linking. */
    public static final String LINK_NOTES = "link-notes-store";

    public static final String STATS_HOURLY = "stats-hourly-store";
    public static final String STATS_DAILY = "stats-daily-store";
    /** Dashboard views (DashboardViewsTopology): window stores at event time, for interactive queries. */
    public static final String DASHBOARD_ARTICLES = "dashboard-articles-store";

    public static final String DASHBOARD_ARTICLE_TEXTS = "dashboard-article-texts-store";
    public static final String DASHBOARD_EVENTS = "dashboard-events-store";
    public static final String DASHBOARD_REACTIONS = "dashboard-reactions-store";

    private StoreNames() {}
}
