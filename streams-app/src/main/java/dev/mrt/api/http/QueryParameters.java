package dev.mrt.api.http;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The query string of one API request, checked: unknown names, repeated values, malformed times,
 * limits and cursors are all a 400 naming the parameter, never a silently ignored filter.
 */
public final class QueryParameters {
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String LIMIT = "limit";
    public static final String CURSOR = "cursor";

    private final Map<String, List<String>> values;

    private QueryParameters(Map<String, List<String>> values) {
        this.values = values;
    }

    /** @param allowed every name this endpoint understands; any other is rejected */
    public static QueryParameters of(Map<String, List<String>> query, Set<String> allowed) {
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                throw ApiError.badParameter(
                        e.getKey(), "unknown parameter; this endpoint takes " + new TreeSet<>(allowed));
            }
            if (e.getValue().size() > 1) {
                throw ApiError.badParameter(e.getKey(), "given " + e.getValue().size() + " times; give it once");
            }
        }
        return new QueryParameters(query);
    }

    /** Names every paged endpoint takes, plus its own. */
    public static Set<String> paged(String... own) {
        Set<String> names = new TreeSet<>(Arrays.asList(own));
        names.addAll(List.of(FROM, TO, LIMIT, CURSOR));
        return names;
    }

    public String text(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty() || v.get(0).isBlank()) {
            return null;
        }
        return v.get(0).strip();
    }

    /** A comma-separated list; empty when absent. */
    public List<String> list(String name) {
        String v = text(name);
        List<String> out = new ArrayList<>();
        if (v != null) {
            for (String part : v.split(",")) {
                if (!part.isBlank()) {
                    out.add(part.strip());
                }
            }
        }
        return out;
    }

    public String oneOf(String name, Set<String> allowed) {
        String v = text(name);
        if (v != null && !allowed.contains(v)) {
            throw ApiError.badParameter(name, "'" + v + "' is not one of " + new TreeSet<>(allowed));
        }
        return v;
    }

    /** {@code from}/{@code to}: ISO-8601 instants (2021-09-10T12:25:00Z, or with an offset) or dates (whole UTC days). */
    public TimeRange timeRange() {
        long from = instant(FROM, false, 0);
        long to = instant(TO, true, TimeRange.MAX);
        if (from > to) {
            throw ApiError.badParameter(FROM, "'" + text(FROM) + "' is after 'to' (" + text(TO) + ")");
        }
        return new TimeRange(from, to);
    }

    public PageRequest page() {
        return new PageRequest(limit(), cursor());
    }

    public int limit() {
        String v = text(LIMIT);
        if (v == null) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= PageRequest.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiError.badParameter(LIMIT, "'" + v + "' is not a whole number from 1 to " + PageRequest.MAX_LIMIT);
    }

    public Cursor cursor() {
        String v = text(CURSOR);
        return v == null ? null : Cursor.decode(v);
    }

    private long instant(String name, boolean endOfDay, long absent) {
        String v = text(name);
        if (v == null) {
            return absent;
        }
        try {
            return clamp(Instant.parse(v).toEpochMilli());
        } catch (DateTimeParseException e) {
            // try the other ISO-8601 forms
        }
        try {
            return clamp(OffsetDateTime.parse(v).toInstant().toEpochMilli());
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            LocalDate d = LocalDate.parse(v);
            LocalDate day = endOfDay ? d.plusDays(1) : d;
            long t = day.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
            return clamp(endOfDay ? t - 1 : t);
        } catch (DateTimeParseException e) {
            throw ApiError.badParameter(
                    name,
                    "'" + v + "' is not an ISO-8601 instant or date "
                            + "(e.g. 2021-09-10T12:25:00Z, 2021-09-10T08:25:00-04:00 or 2021-09-10)");
        }
    }

    private static long clamp(long t) {
        return Math.max(0, Math.min(TimeRange.MAX, t));
    }
}
