package dev.mrt.api.query;

import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.ReactionStatsJson;
import dev.mrt.avro.ReactionStats;
import dev.mrt.topology.ReactionIncrements;
import io.javalin.http.Context;
import java.util.Set;

/**
 * {@code /api/v1/stats/{hourly|daily}}: the windows of the statistics stores, for one statistics
 * key ({@code key}, or {@code event_type}+{@code asset}+{@code direction}, or {@code country_pair})
 * or for every key with optional filters. {@code from}/{@code to} select window starts.
 */
public final class StatsEndpoints {
    static final String KEY = "key";
    static final String DIMENSION = "dimension";
    static final String EVENT_TYPE = "event_type";
    static final String ASSET = "asset";
    static final String DIRECTION = "direction";
    static final String COUNTRY_PAIR = "country_pair";
    public static final String GRANULARITY = "granularity";
    private static final Set<String> PARAMETERS =
            QueryParameters.paged(KEY, DIMENSION, EVENT_TYPE, ASSET, DIRECTION, COUNTRY_PAIR);

    private final QueryServices q;

    public StatsEndpoints(QueryServices q) {
        this.q = q;
    }

    public void list(Context ctx) {
        StatsGranularity g = StatsGranularity.of(ctx.pathParam(GRANULARITY), GRANULARITY);
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), PARAMETERS);
        TimeRange range = p.timeRange();
        PageRequest page = p.page();
        String key = statsKey(p);
        String dimension = key != null
                ? null
                : p.oneOf(
                        DIMENSION,
                        Set.of(ReactionIncrements.BY_EVENT_ASSET_DIRECTION, ReactionIncrements.BY_COUNTRY_PAIR));
        String eventType = key != null ? null : p.text(EVENT_TYPE);
        String asset = key != null ? null : p.text(ASSET);
        String direction = key != null ? null : p.text(DIRECTION);
        // A window is one record of all its keys, on the partition of the window: every instance
        // holding part of the store is asked, for one key as for a listing.
        ctx.json(q.gather().page(ctx, g.store(), page, () -> {
            TopItems top = new TopItems(page);
            LocalStores.Scan scan = g.scan(q.stores(), range.before(page.cursor()), (start, cells) -> {
                for (ReactionStats s : cells.toStats(start, g.size().toMillis())) {
                    if ((key == null || key.equals(s.getKey()))
                            && (dimension == null || dimension.equals(s.getDimension()))
                            && (eventType == null || eventType.equals(s.getEventType()))
                            && (asset == null || asset.equals(s.getAsset()))
                            && (direction == null || direction.equals(s.getDirection()))) {
                        top.offer(start, s.getKey(), () -> ReactionStatsJson.toJson(s, start, g.size()));
                    }
                }
            });
            return top.result(scan.partitions());
        }));
    }

    /** The statistics key the parameters name, or null when they name none (a gathered listing). */
    private static String statsKey(QueryParameters p) {
        String key = p.text(KEY);
        String type = p.text(EVENT_TYPE);
        String asset = p.text(ASSET);
        String direction = p.text(DIRECTION);
        String pair = p.text(COUNTRY_PAIR);
        if (key != null) {
            return key;
        }
        if (pair != null) {
            return ReactionIncrements.countryPairKey(pair);
        }
        if (type != null && asset != null && direction != null) {
            return ReactionIncrements.eventAssetDirectionKey(type, asset, direction);
        }
        return null;
    }
}
