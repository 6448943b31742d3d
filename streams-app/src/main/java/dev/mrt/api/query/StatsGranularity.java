package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import dev.mrt.api.http.TimeRange;
import dev.mrt.topology.StatsCells;
import dev.mrt.topology.StatsWindowEntry;
import dev.mrt.topology.StoreNames;
import dev.mrt.topology.TopologySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/** The statistics windows there are: their name in the API, their store, their size. */
public enum StatsGranularity {
    HOURLY("hourly", StoreNames.STATS_HOURLY, TopologySettings.HOUR),
    DAILY("daily", StoreNames.STATS_DAILY, TopologySettings.DAY);

    static final Set<String> NAMES = Arrays.stream(values()).map(g -> g.apiName).collect(Collectors.toSet());

    private final String apiName;
    private final String store;
    private final Duration size;

    StatsGranularity(String apiName, String store, Duration size) {
        this.apiName = apiName;
        this.store = store;
        this.size = size;
    }

    static StatsGranularity of(String name, String parameter) {
        for (StatsGranularity g : values()) {
            if (g.apiName.equals(name)) {
                return g;
            }
        }
        throw ApiError.badParameter(parameter, "'" + name + "' is not one of " + new java.util.TreeSet<>(NAMES));
    }

    public String apiName() {
        return apiName;
    }

    public String store() {
        return store;
    }

    public Duration size() {
        return size;
    }

    /**
     * Scans the windows of this granularity that start in {@code range}: the store is keyed by
     * {@code <name>@<window start ISO-8601>}, which sorts by time.
     */
    LocalStores.Scan scan(LocalStores stores, TimeRange range, BiConsumer<Long, StatsCells> visitor) {
        String prefix = apiName + "@";
        return stores.<StatsWindowEntry>scanKeys(
                store, prefix + range.fromInstant(), prefix + range.toInstant() + "~", (key, entry) -> {
                    long start = Instant.parse(key.substring(prefix.length())).toEpochMilli();
                    if (range.contains(start)) {
                        visitor.accept(start, entry.cells());
                    }
                });
    }
}
