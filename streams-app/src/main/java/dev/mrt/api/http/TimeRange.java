package dev.mrt.api.http;

import java.time.Instant;

/** An inclusive event-time range of a query, in epoch milliseconds. */
public record TimeRange(long from, long to) {
    /** 9999-12-31T23:59:59.999Z: the latest instant ISO-8601 writes without a sign, the default upper bound. */
    public static final long MAX = Instant.parse("9999-12-31T23:59:59.999Z").toEpochMilli();

    public static TimeRange all() {
        return new TimeRange(0, MAX);
    }

    public Instant fromInstant() {
        return Instant.ofEpochMilli(from);
    }

    public Instant toInstant() {
        return Instant.ofEpochMilli(to);
    }

    public boolean contains(long t) {
        return t >= from && t <= to;
    }

    /** Narrowed to what can still come after a cursor. */
    public TimeRange before(Cursor cursor) {
        return cursor == null ? this : new TimeRange(from, Math.min(to, cursor.time()));
    }
}
