package dev.mrt.api.http;

/** How much of a newest-first list a client wants: at most {@code limit} items after {@code cursor} (null: from the top). */
public record PageRequest(int limit, Cursor cursor) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public boolean admits(long time, String id) {
        return cursor == null || cursor.admits(time, id);
    }
}
