package dev.mrt.api.live;

import java.util.Map;
import java.util.TreeMap;

/**
 * How far a live-feed client has read: per feed and partition, the next offset it has not seen.
 * It is the SSE event id, so a client that reconnects (to this instance or another: offsets are
 * the same everywhere) sends it back as {@code Last-Event-ID} and resumes without gap or repeat.
 * Written as {@code article:0=12,1=4;link:0=3}.
 */
public record FeedPosition(Map<String, Map<Integer, Long>> next) {

    public static FeedPosition empty() {
        return new FeedPosition(Map.of());
    }

    /** Null or malformed input (a client of an older version, a typo) gives null: start live, as without an id. */
    public static FeedPosition parse(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        Map<String, Map<Integer, Long>> out = new TreeMap<>();
        try {
            for (String feed : s.strip().split(";")) {
                int colon = feed.indexOf(':');
                Map<Integer, Long> parts = new TreeMap<>();
                for (String p : feed.substring(colon + 1).split(",")) {
                    int eq = p.indexOf('=');
                    parts.put(Integer.parseInt(p.substring(0, eq)), Long.parseLong(p.substring(eq + 1)));
                }
                out.put(feed.substring(0, colon), parts);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return new FeedPosition(out);
    }

    /** The next offset not seen in a partition, or -1 when this position says nothing of it. */
    public long nextOffset(String feed, int partition) {
        return next.getOrDefault(feed, Map.of()).getOrDefault(partition, -1L);
    }

    public FeedPosition advance(String feed, int partition, long offset) {
        Map<String, Map<Integer, Long>> copy = new TreeMap<>();
        next.forEach((f, parts) -> copy.put(f, new TreeMap<>(parts)));
        copy.computeIfAbsent(feed, f -> new TreeMap<>()).put(partition, offset + 1);
        return new FeedPosition(copy);
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        next.forEach((feed, parts) -> {
            if (b.length() > 0) {
                b.append(';');
            }
            b.append(feed).append(':');
            StringBuilder p = new StringBuilder();
            parts.forEach((partition, offset) -> {
                if (p.length() > 0) {
                    p.append(',');
                }
                p.append(partition).append('=').append(offset);
            });
            b.append(p);
        });
        return b.toString();
    }
}
