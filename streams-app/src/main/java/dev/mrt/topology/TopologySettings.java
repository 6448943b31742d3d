package dev.mrt.topology;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import java.time.Duration;
import java.util.List;

/** The settings the topology builders read, taken from configuration once. */
public record TopologySettings(
        Duration dedupRetention,
        Duration maxFuture,
        Duration linkBefore,
        Duration linkAfter,
        Duration linkHorizon,
        int linkMaxPerRecord,
        int linkPartitions,
        Duration statsHourlyRetention,
        Duration statsDailyRetention,
        Duration dashboardRetention,
        int dashboardTextMaxChars,
        boolean realizedEnabled,
        Duration realizedVolatilityWindow,
        double realizedSignificanceZ,
        Duration realizedHorizon) {
    public static final Duration HOUR = Duration.ofHours(1);
    public static final Duration DAY = Duration.ofDays(1);

    public static TopologySettings from(AppConfig c) {
        return new TopologySettings(
                c.duration(Setting.DEDUP_RETENTION),
                c.duration(Setting.VALIDATION_MAX_FUTURE),
                c.duration(Setting.LINK_WINDOW_BEFORE),
                c.duration(Setting.LINK_WINDOW_AFTER),
                c.duration(Setting.LINK_HORIZON),
                c.integer(Setting.LINK_MAX_PER_RECORD),
                c.integer(Setting.TOPIC_PARTITIONS),
                c.duration(Setting.STATS_HOURLY_RETENTION),
                c.duration(Setting.STATS_DAILY_RETENTION),
                c.duration(Setting.DASHBOARD_RETENTION),
                c.integer(Setting.DASHBOARD_TEXT_MAX_CHARS),
                c.bool(Setting.REALIZED_ENABLED),
                c.duration(Setting.REALIZED_VOLATILITY_WINDOW),
                c.decimal(Setting.REALIZED_SIGNIFICANCE_Z),
                c.duration(Setting.REALIZED_HORIZON));
    }

    /** The statistics granularities: hourly and daily windows, each kept (and open to changes) for its retention. */
    public List<StatsWindowing> statistics() {
        return List.of(
                new StatsWindowing("hourly", HOUR, StoreNames.STATS_HOURLY, atLeast(statsHourlyRetention, HOUR)),
                new StatsWindowing("daily", DAY, StoreNames.STATS_DAILY, atLeast(statsDailyRetention, DAY)));
    }

    /**
     * How long an article's revision and statistics contribution are remembered: for as long as
     * statistics are kept, so that a revised or re-sent article replaces its contribution instead
     * of adding to it, and at least as long as duplicates are dropped.
     */
    public Duration articleMemory() {
        Duration d = dedupRetention;
        for (StatsWindowing w : statistics()) {
            Duration kept = w.retention().plus(w.size());
            d = kept.compareTo(d) > 0 ? kept : d;
        }
        return d;
    }

    ReactionLinker.LinkSettings linking() {
        return new ReactionLinker.LinkSettings(linkBefore, linkAfter, linkMaxPerRecord, linkHorizon, statistics());
    }

    private static Duration atLeast(Duration d, Duration min) {
        return d.compareTo(min) < 0 ? min : d;
    }
}
