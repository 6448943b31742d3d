package dev.mrt.api.live;

/**
 * One live-feed event: its SSE event name ({@code article} or {@code link}), its JSON data, where
 * it came from, and the feed position after it (its SSE id).
 */
public record LiveEvent(String name, String data, String feed, int partition, long offset, FeedPosition after) {}
