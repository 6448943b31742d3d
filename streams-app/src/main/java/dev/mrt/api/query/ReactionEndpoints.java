package dev.mrt.api.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.ReactionJson;
import dev.mrt.avro.ReactionLink;
import dev.mrt.topology.StoreNames;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/reactions}: market reactions to political events (links inside articles and
 * cross-feed links) by asset, direction, event type or event id, and time range. A reaction is
 * placed at its political event's time, so one range selects events and all their reactions.
 * Each carries its realized moves under {@code realized} ({@link RealizedAttacher}).
 */
public final class ReactionEndpoints {
    static final Set<String> PARAMETERS = parameters();

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
                .page(
                        ctx,
                        StoreNames.DASHBOARD_REACTIONS,
                        p.page(),
                        () -> localPage(p.timeRange(), p.page(), ReactionFilter.from(p)));
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
        LocalStores.Scan scan = q.stores()
                .<ReactionLink>scan(StoreNames.DASHBOARD_REACTIONS, range.before(page.cursor()), e -> {
                    if (filter.matches(e.value())) {
                        top.offer(e.time(), e.key(), () -> ReactionJson.toJson(e.value()));
                    }
                });
        return top.result(scan.partitions());
    }
}
