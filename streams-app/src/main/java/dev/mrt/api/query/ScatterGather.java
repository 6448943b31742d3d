package dev.mrt.api.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.Cursor;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.QueryString;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Range queries over a store spread across instances: this instance answers for its own
 * partitions and asks every other instance holding part of the store the same question with
 * {@code X-MRT-Scope: local}, in parallel; the answers are merged here. An instance that does not
 * answer makes the result incomplete ({@code "complete": false} and its address), not an error.
 */
public final class ScatterGather {
    private final InstanceRouting routing;
    private final PeerClient peers;
    private final ObjectMapper mapper;

    public ScatterGather(InstanceRouting routing, PeerClient peers, ObjectMapper mapper) {
        this.routing = routing;
        this.peers = peers;
        this.mapper = mapper;
    }

    /** Every instance's answer, this one's first, and the instances that gave none. */
    public record Gathered(List<JsonNode> answers, List<String> unanswered) {}

    public static boolean isLocalScope(Context ctx) {
        return PeerClient.SCOPE_LOCAL.equals(ctx.header(PeerClient.SCOPE_HEADER));
    }

    public static String pathAndQuery(Context ctx) {
        String q = ctx.queryString();
        return ctx.path() + (q == null || q.isEmpty() ? "" : "?" + q);
    }

    public Gathered gather(String store, String pathAndQuery, Supplier<JsonNode> local) {
        return gather(List.of(store), pathAndQuery, local);
    }

    /** As {@link #gather(String, String, Supplier)}, from every instance holding part of one of the stores. */
    public Gathered gather(List<String> stores, String pathAndQuery, Supplier<JsonNode> local) {
        List<HostInfo> others = routing.peersFor(stores);
        List<CompletableFuture<PeerClient.Response>> calls = others.stream()
                .map(h -> peers.get(h, pathAndQuery, PeerClient.SCOPE_HEADER, PeerClient.SCOPE_LOCAL))
                .toList();
        List<JsonNode> answers = new ArrayList<>();
        answers.add(local.get());
        List<String> unanswered = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            HostInfo host = others.get(i);
            try {
                PeerClient.Response r = calls.get(i).join();
                if (r.status() == 200) {
                    answers.add(mapper.readTree(r.body()));
                    continue;
                }
            } catch (RuntimeException | JsonProcessingException e) {
                // counted as unanswered below
            }
            unanswered.add(host.host() + ":" + host.port());
        }
        return new Gathered(answers, unanswered);
    }

    /** A newest-first page over all instances: the request's own local part when asked with local scope. */
    public ObjectNode page(Context ctx, String store, PageRequest page, Supplier<LocalPage> local) {
        return page(List.of(store), pathAndQuery(ctx), isLocalScope(ctx), page, local);
    }

    /** A page over what every instance holding part of one of the stores has. */
    public ObjectNode page(Context ctx, List<String> stores, PageRequest page, Supplier<LocalPage> local) {
        return page(stores, pathAndQuery(ctx), isLocalScope(ctx), page, local);
    }

    public ObjectNode page(
            List<String> stores, String pathAndQuery, boolean localOnly, PageRequest page, Supplier<LocalPage> local) {
        if (localOnly) {
            return local.get().toJson(mapper);
        }
        Gathered g = gather(stores, pathAndQuery, () -> local.get().toJson(mapper));
        return merge(g.answers().stream().map(LocalPage::fromJson).toList(), page, g.unanswered());
    }

    /**
     * Every item of a list over all instances, in pages of {@code limit} (at most {@code maxPages}
     * round trips) from the instances holding part of one of {@code stores}: {@code pathAndQuery} is
     * the list's path and query without limit or cursor.
     *
     * @return false when an instance did not answer or the items did not fit the round trips
     */
    public boolean forEachItem(
            List<String> stores,
            String pathAndQuery,
            int limit,
            int maxPages,
            Function<PageRequest, LocalPage> local,
            Consumer<JsonNode> item) {
        String cursor = null;
        boolean answered = true;
        for (int batch = 0; batch < maxPages; batch++) {
            PageRequest page = new PageRequest(limit, cursor == null ? null : Cursor.decode(cursor));
            String path = pathAndQuery + "&"
                    + new QueryString().with(QueryParameters.LIMIT, limit).with(QueryParameters.CURSOR, cursor);
            ObjectNode got = page(stores, path, false, page, () -> local.apply(page));
            answered &= got.path("complete").asBoolean();
            got.path("items").forEach(item);
            cursor = got.path("next_cursor").isTextual()
                    ? got.path("next_cursor").asText()
                    : null;
            if (cursor == null) {
                return answered;
            }
        }
        return false;
    }

    /** The public page over the instances' parts: the first {@code limit} of all, and a cursor if there are more. */
    public ObjectNode merge(List<LocalPage> parts, PageRequest page, List<String> unanswered) {
        List<PageItem> all = new ArrayList<>();
        Set<Integer> partitions = new TreeSet<>();
        boolean more = false;
        for (LocalPage p : parts) {
            all.addAll(p.items());
            partitions.addAll(p.partitions());
            more |= p.more();
        }
        all.sort(PageItem::newestFirst);
        List<PageItem> items = all.subList(0, Math.min(page.limit(), all.size()));
        boolean hasNext = more || all.size() > page.limit();

        ObjectNode out = mapper.createObjectNode();
        ArrayNode arr = out.putArray("items");
        items.forEach(i -> arr.add(i.json()));
        PageItem last = items.isEmpty() ? null : items.get(items.size() - 1);
        out.put("next_cursor", hasNext && last != null ? new Cursor(last.time(), last.id()).encode() : null);
        completeness(out, unanswered, partitions);
        return out;
    }

    public void completeness(ObjectNode out, List<String> unanswered, Set<Integer> partitions) {
        out.put("complete", unanswered.isEmpty());
        ArrayNode parts = out.putArray("partitions");
        partitions.forEach(parts::add);
        ArrayNode missing = out.putArray("unanswered_instances");
        unanswered.forEach(missing::add);
    }
}
