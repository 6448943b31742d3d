package dev.mrt.api.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.ReactionJson;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.LinkSourceState;
import dev.mrt.avro.NoteLinkState;
import dev.mrt.avro.ReactionLink;
import dev.mrt.topology.ArticleViews;
import dev.mrt.topology.StoreNames;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/reactions}: market reactions to political events, by asset, direction, event
 * type or event id, and time range. A reaction is placed at its political event's time, so one
 * range selects events and all their reactions. Reactions inside articles come from the enriched
 * articles; cross-feed reactions from the linking store, as last written to the links topic.
 * Each carries its realized moves under {@code realized} ({@link RealizedAttacher}).
 */
public final class ReactionEndpoints {
    static final Set<String> PARAMETERS = parameters();
    static final List<String> STORES = List.of(StoreNames.DASHBOARD_ARTICLES, StoreNames.LINK_SOURCES);

    private final QueryServices q;
    private final RealizedAttacher realized;

    public ReactionEndpoints(QueryServices q, RealizedEndpoints realized) {
        this.q = q;
        this.realized = realized.attacher();
    }

    private static Set<String> parameters() {
        Set<String> names = QueryParameters.paged();
        names.addAll(ReactionFilter.PARAMETERS);
        return names;
    }

    public void list(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), PARAMETERS);
        ObjectNode out = q.gather()
                .page(ctx, STORES, p.page(), () -> localPage(p.timeRange(), p.page(), ReactionFilter.from(p)));
        if (!ScatterGather.isLocalScope(ctx)) {
            List<ObjectNode> items = new ArrayList<>();
            out.path("items").forEach(i -> items.add((ObjectNode) i));
            boolean complete = realized.attach(items);
            out.put("complete", out.path("complete").asBoolean() && complete);
        }
        ctx.json(out);
    }

    LocalPage localPage(TimeRange range, PageRequest page, ReactionFilter filter) {
        TopItems top = new TopItems(page);
        TimeRange within = range.before(page.cursor());
        Set<Integer> partitions = new HashSet<>(q.stores()
                .<EnrichedArticle>scan(StoreNames.DASHBOARD_ARTICLES, within, e -> {
                    for (ReactionLink r : ArticleViews.reactions(e.value())) {
                        if (filter.matches(r)) {
                            top.offer(e.time(), r.getId(), () -> ReactionJson.toJson(r));
                        }
                    }
                })
                .partitions());
        // The linking store is at the notes' times: a note is up to link.window.before ahead of
        // its event and up to link.window.after behind it.
        TimeRange notes = new TimeRange(
                Math.max(0, within.from() - q.linkWindow().before().toMillis()),
                Math.min(TimeRange.MAX, within.to() + q.linkWindow().after().toMillis()));
        q.stores().<LinkSourceState>scan(StoreNames.LINK_SOURCES, notes, e -> {
            for (NoteLinkState n : e.value().getNotes()) {
                for (ReactionLink r : n.getEmitted()) {
                    long t = r.getEventTime().toEpochMilli();
                    if (within.contains(t) && filter.matches(r)) {
                        top.offer(t, r.getId(), () -> ReactionJson.toJson(r));
                    }
                }
            }
        });
        return top.result(partitions);
    }
}
