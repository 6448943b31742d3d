package dev.mrt.topology;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import java.time.Duration;

/** The settings the topology builders read, taken from configuration once. */
public record TopologySettings(
        Duration dedupRetention,
        Duration maxFuture,
        Duration linkBefore,
        Duration linkAfter,
        Duration linkGrace,
        int linkMaxPerRecord,
        Duration statsHourlyRetention,
        Duration statsDailyRetention,
        Duration dashboardRetention,
        int dashboardTextMaxChars,
        boolean realizedEnabled,
        Duration realizedVolatilityWindow,
        double realizedSignificanceZ,
        Duration realizedHorizon) {

    public static TopologySettings from(AppConfig c) {
        return new TopologySettings(
                c.duration(Setting.DEDUP_RETENTION),
                c.duration(Setting.VALIDATION_MAX_FUTURE),
                c.duration(Setting.LINK_WINDOW_BEFORE),
                c.duration(Setting.LINK_WINDOW_AFTER),
                c.duration(Setting.LINK_WINDOW_GRACE),
                c.integer(Setting.LINK_MAX_PER_RECORD),
                c.duration(Setting.STATS_HOURLY_RETENTION),
                c.duration(Setting.STATS_DAILY_RETENTION),
                c.duration(Setting.DASHBOARD_RETENTION),
                c.integer(Setting.DASHBOARD_TEXT_MAX_CHARS),
                c.bool(Setting.REALIZED_ENABLED),
                c.duration(Setting.REALIZED_VOLATILITY_WINDOW),
                c.decimal(Setting.REALIZED_SIGNIFICANCE_Z),
                c.duration(Setting.REALIZED_HORIZON));
    }
}
