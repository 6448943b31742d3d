package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import dev.mrt.topology.ReactionStatsTopology;
import dev.mrt.topology.StoreNames;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** The statistics windows there are: their name in the API, their store, their size. */
public enum StatsGranularity {
    HOURLY("hourly", StoreNames.STATS_HOURLY, ReactionStatsTopology.HOUR),
    DAILY("daily", StoreNames.STATS_DAILY, ReactionStatsTopology.DAY);

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
}
