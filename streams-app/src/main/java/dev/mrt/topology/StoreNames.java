package dev.mrt.topology;

/** Every state store the topologies create: the one place for their names (changelog topics derive from them). */
public final class StoreNames {
    /** What is remembered of each article id: revision and statistics contribution. */
    public static final String ARTICLE_DEDUP = "article-dedup-store";
    /** Cross-feed linking: the sources of a linking partition with their notes' links; also read by the API. */
    public static final String LINK_SOURCES = "link-sources-store";

    /** Realized moves: the reactions each source last sent to be measured (by source id). */
    public static final String REALIZED_SOURCES = "realized-sources-store";
    /** Realized moves: prices by instrument at their time; also read by the API's charts. */
    public static final String REALIZED_PRICES = "realized-prices-store";
    /** Realized moves: reactions by instrument at their anchors, with what was emitted for them. */
    public static final String REALIZED_REACTIONS = "realized-reactions-store";
    /**
     * Realized moves: the newest price time of each instrument (how far its price stream has
     * come), and under the empty key the newest time the stage accepted (its lateness clock).
     */
    public static final String REALIZED_PRICE_CLOCKS = "realized-price-clocks-store";

    public static final String STATS_HOURLY = "stats-hourly-store";
    public static final String STATS_DAILY = "stats-daily-store";
    /** Dashboard views: window stores at event time, for interactive queries. */
    public static final String DASHBOARD_ARTICLES = "dashboard-articles-store";

    public static final String DASHBOARD_ARTICLE_TEXTS = "dashboard-article-texts-store";
    /** Realized moves at their reaction's event time, keyed as on the realized topic. */
    public static final String DASHBOARD_REALIZED = "dashboard-realized-store";

    private StoreNames() {}
}
