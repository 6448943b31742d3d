package dev.mrt.api.query;

import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.PoliticalEventJson;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.topology.StoreNames;
import io.javalin.http.Context;
import java.util.Set;

/** {@code /api/v1/events}: political events by type, country and time range, newest first, from every instance. */
public final class EventEndpoints {
    static final Set<String> PARAMETERS = QueryParameters.paged(EventFilter.TYPE, EventFilter.COUNTRY);

    private final QueryServices q;

    public EventEndpoints(QueryServices q) {
        this.q = q;
    }

    public void list(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), PARAMETERS);
        ctx.json(q.gather()
                .page(
                        ctx,
                        StoreNames.DASHBOARD_EVENTS,
                        p.page(),
                        () -> localPage(p.timeRange(), p.page(), EventFilter.from(p))));
    }

    LocalPage localPage(TimeRange range, PageRequest page, EventFilter filter) {
        TopItems top = new TopItems(page);
        LocalStores.Scan scan = q.stores()
                .<PoliticalEvent>scan(StoreNames.DASHBOARD_EVENTS, range.before(page.cursor()), e -> {
                    if (filter.matches(e.value())) {
                        top.offer(e.time(), e.key(), () -> PoliticalEventJson.toJson(e.value()));
                    }
                });
        return top.result(scan.partitions());
    }
}
