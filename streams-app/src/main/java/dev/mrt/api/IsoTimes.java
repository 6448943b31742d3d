package dev.mrt.api;

import java.time.Instant;

/** Epoch milliseconds as the API writes them: ISO-8601 instants in UTC. */
final class IsoTimes {

    private IsoTimes() {}

    static String iso(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).toString();
    }
}
