package dev.mrt.api.json;

import java.time.Instant;

/** Epoch milliseconds as the API writes them: ISO-8601 instants in UTC. */
public final class IsoTimes {

    private IsoTimes() {}

    public static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
