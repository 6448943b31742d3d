package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.api.http.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Keeps the first {@code limit} items after the cursor, newest first, while a store is scanned in
 * no particular order: memory stays at {@code limit} items whatever the range holds, and an
 * item's JSON is built only if it can still make the page.
 */
public final class TopItems {
    private final PageRequest page;
    /** Worst (last in page order) item on top, so it is the one dropped. */
    private final PriorityQueue<PageItem> kept = new PriorityQueue<>((a, b) -> PageItem.newestFirst(b, a));

    private boolean more;

    public TopItems(PageRequest page) {
        this.page = page;
    }

    public void offer(long time, String id, Supplier<JsonNode> json) {
        if (!page.admits(time, id)) {
            return;
        }
        if (kept.size() == page.limit()) {
            PageItem worst = kept.peek();
            more = true;
            if (PageItem.newestFirst(new PageItem(time, id, null), worst) >= 0) {
                return;
            }
            kept.poll();
        }
        kept.add(new PageItem(time, id, json.get()));
    }

    public LocalPage result(Set<Integer> partitions) {
        List<PageItem> items = new ArrayList<>(kept);
        items.sort(PageItem::newestFirst);
        return new LocalPage(items, more, partitions);
    }
}
