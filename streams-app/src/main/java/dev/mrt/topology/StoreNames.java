package dev.mrt.topology;

/** Every state store the topologies create: the one place for their names (changelog topics derive from them). */
public final class StoreNames {
    public static final String ARTICLE_DEDUP = "article-dedup-store";
    public static final String EVENT_NOTE_JOIN = "event-note-join-store";
    public static final String STATS_HOURLY = "stats-hourly-store";
    public static final String STATS_DAILY = "stats-daily-store";

    private StoreNames() {
    }
}
