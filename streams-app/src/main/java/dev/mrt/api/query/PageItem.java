package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;

/** One item of a newest-first list, with the sort key (time, id) that merging and cursors use. */
public record PageItem(long time, String id, JsonNode json) {
    /** Newest first; ties by id, so every instance and every page agree on one order. */
    public static int newestFirst(PageItem a, PageItem b) {
        int c = Long.compare(b.time, a.time);
        return c != 0 ? c : a.id.compareTo(b.id);
    }
}
