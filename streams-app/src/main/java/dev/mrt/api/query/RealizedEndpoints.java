package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.ApiError;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.IsoTimes;
import dev.mrt.api.json.RealizedMoveJson;
import dev.mrt.avro.MoveMeasure;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import dev.mrt.market.PricePoint;
import dev.mrt.topology.StoreNames;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * What the market did: {@code /api/v1/realized} (the realized moves of reactions, at their
 * event's time), {@code /api/v1/scorecard} (forecasts checked against the moves that followed,
 * by attributed source and by event type), {@code /api/v1/realized/heatmap} (mean move and z by
 * event type x asset) and {@code /api/v1/prices/{instrument}} (the prices around a reaction, for
 * its chart). Range answers are gathered from every instance; prices come from the instance that
 * owns the instrument.
 */
public final class RealizedEndpoints {
    static final Set<String> LIST_PARAMETERS = listParameters();
    static final String ANCHOR = "anchor";
    private static final Set<String> SCORECARD_PARAMETERS =
            Set.of(QueryParameters.FROM, QueryParameters.TO, RealizedFilter.HORIZON);
    private static final Set<String> HEATMAP_PARAMETERS =
            Set.of(QueryParameters.FROM, QueryParameters.TO, RealizedFilter.HORIZON, ANCHOR);
    private static final Set<String> PRICE_PARAMETERS =
            Set.of(QueryParameters.FROM, QueryParameters.TO, QueryParameters.LIMIT);
    /** Forecasts are judged at a day unless asked otherwise: a note's horizon is rarely shorter. */
    static final String DEFAULT_SCORECARD_HORIZON = "P1D";

    static final String DEFAULT_HEATMAP_HORIZON = "PT1H";

    private final QueryServices q;
    private final Instruments instruments;

    public RealizedEndpoints(QueryServices q, Instruments instruments) {
        this.q = q;
        this.instruments = instruments;
    }

    private static Set<String> listParameters() {
        Set<String> names = QueryParameters.paged();
        names.addAll(RealizedFilter.PARAMETERS);
        return names;
    }

    // ---- /realized ------------------------------------------------------------------------------

    public void list(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), LIST_PARAMETERS);
        ctx.json(q.gather()
                .page(
                        ctx,
                        StoreNames.DASHBOARD_REALIZED,
                        p.page(),
                        () -> localPage(p.timeRange(), p.page(), RealizedFilter.from(p))));
    }

    LocalPage localPage(TimeRange range, PageRequest page, RealizedFilter filter) {
        TopItems top = new TopItems(page);
        LocalStores.Scan scan = q.stores()
                .<RealizedMove>scan(StoreNames.DASHBOARD_REALIZED, range.before(page.cursor()), e -> {
                    if (filter.matches(e.value())) {
                        top.offer(e.time(), e.key(), () -> RealizedMoveJson.toJson(e.value()));
                    }
                });
        return top.result(scan.partitions());
    }

    // ---- /scorecard -----------------------------------------------------------------------------

    public void scorecard(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), SCORECARD_PARAMETERS);
        TimeRange range = p.timeRange();
        String h = RealizedFilter.horizon(p);
        String horizon = h == null ? DEFAULT_SCORECARD_HORIZON : h;
        Supplier<JsonNode> local = () -> localForecasts(range, horizon);
        if (ScatterGather.isLocalScope(ctx)) {
            ctx.json(local.get());
            return;
        }
        ScatterGather.Gathered g =
                q.gather().gather(StoreNames.DASHBOARD_REALIZED, ScatterGather.pathAndQuery(ctx), local);
        // A note linked to two events has two reactions (on any partitions) and one verdict: it
        // counts once for its source and overall, once for each event type.
        Map<String, JsonNode> byNote = new TreeMap<>();
        Map<String, JsonNode> byNoteAndType = new TreeMap<>();
        Set<Integer> partitions = new TreeSet<>();
        for (JsonNode answer : g.answers()) {
            for (JsonNode f : answer.path("forecasts")) {
                byNote.putIfAbsent(f.path("note_id").asText(), f);
                byNoteAndType.putIfAbsent(
                        f.path("note_id").asText() + "|" + f.path("event_type").asText(), f);
            }
            answer.path("partitions").forEach(n -> partitions.add(n.asInt()));
        }
        Map<String, ScorecardTally> bySource = new TreeMap<>();
        ScorecardTally all = new ScorecardTally("all", null);
        byNote.values().forEach(f -> {
            bySource.computeIfAbsent(
                            f.path("source").asText(),
                            k -> new ScorecardTally(k, f.path("kind").asText()))
                    .add(f.path("verdict").asText(), f.path("synthetic").asBoolean());
            all.add(f.path("verdict").asText(), f.path("synthetic").asBoolean());
        });
        Map<String, ScorecardTally> byType = new TreeMap<>();
        byNoteAndType
                .values()
                .forEach(f -> byType.computeIfAbsent(f.path("event_type").asText(), k -> new ScorecardTally(k, null))
                        .add(f.path("verdict").asText(), f.path("synthetic").asBoolean()));
        ObjectNode out = q.mapper().createObjectNode();
        out.put("horizon", horizon);
        out.put("checked_from", "publication");
        out.put(QueryParameters.FROM, IsoTimes.iso(range.from()));
        out.put(QueryParameters.TO, IsoTimes.iso(range.to()));
        all.writeTo(out.putObject("overall"));
        rows(out.putArray("by_source"), bySource);
        rows(out.putArray("by_event_type"), byType);
        q.gather().completeness(out, g.unanswered(), partitions);
        ctx.json(out);
    }

    /** This instance's checked forecasts in the range: one per reaction, with its note, source and verdict. */
    private ObjectNode localForecasts(TimeRange range, String horizon) {
        ObjectNode out = q.mapper().createObjectNode();
        ArrayNode forecasts = out.putArray("forecasts");
        LocalStores.Scan scan = q.stores().<RealizedMove>scan(StoreNames.DASHBOARD_REALIZED, range, e -> {
            RealizedMove r = e.value();
            if (!isCheckedForecast(r, horizon)) {
                return;
            }
            String[] source = source(r);
            ObjectNode f = forecasts.addObject();
            f.put("note_id", r.getNoteId());
            f.put("event_type", r.getEventType());
            f.put("source", source[0]);
            f.put("kind", source[1]);
            f.put("verdict", r.getVerdict());
            f.put("synthetic", r.getSyntheticPrices());
        });
        ArrayNode parts = out.putArray("partitions");
        scan.partitions().forEach(parts::add);
        return out;
    }

    /** An expected or conditional note whose move from publication at this horizon is complete and judged. */
    static boolean isCheckedForecast(RealizedMove r, String horizon) {
        String v = r.getVerdict();
        return horizon.equals(r.getHorizon())
                && !"realized".equals(r.getModality())
                && v != null
                && (v.equals("confirms") || v.equals("contradicts") || v.equals("not_significant"));
    }

    /** Who made the forecast: the analyst or bank it is attributed to, else the outlet that published it. */
    static String[] source(RealizedMove r) {
        if (r.getAttribution() != null && !r.getAttribution().isBlank()) {
            return new String[] {r.getAttribution(), "attribution"};
        }
        if (r.getOutlet() != null && !r.getOutlet().isBlank()) {
            return new String[] {r.getOutlet(), "outlet"};
        }
        return new String[] {"(unattributed)", "none"};
    }

    private static void rows(ArrayNode arr, Map<String, ScorecardTally> tallies) {
        tallies.values().stream()
                .sorted((a, b) -> Long.compare(b.checked(), a.checked()) != 0
                        ? Long.compare(b.checked(), a.checked())
                        : a.key().compareTo(b.key()))
                .forEach(t -> t.writeTo(arr.addObject()));
    }

    // ---- /realized/heatmap ------------------------------------------------------------------

    public void heatmap(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), HEATMAP_PARAMETERS);
        TimeRange range = p.timeRange();
        String h = RealizedFilter.horizon(p);
        String horizon = h == null ? DEFAULT_HEATMAP_HORIZON : h;
        String a = p.oneOf(ANCHOR, Set.of("event", "publication"));
        boolean fromEvent = a == null || a.equals("event");
        Supplier<JsonNode> local = () -> localHeatmap(range, horizon, fromEvent);
        if (ScatterGather.isLocalScope(ctx)) {
            ctx.json(local.get());
            return;
        }
        ScatterGather.Gathered g =
                q.gather().gather(StoreNames.DASHBOARD_REALIZED, ScatterGather.pathAndQuery(ctx), local);
        Map<String, ObjectNode> cells = new TreeMap<>();
        Set<Integer> partitions = new TreeSet<>();
        for (JsonNode answer : g.answers()) {
            for (JsonNode c : answer.path("cells")) {
                ObjectNode cell = cells.computeIfAbsent(
                        c.path("event_type").asText() + "|" + c.path("asset").asText(), k -> emptyCell(c));
                for (String f : List.of("n", "with_z", "confirms", "contradicts", "not_significant")) {
                    cell.put(f, cell.path(f).asLong() + c.path(f).asLong());
                }
                for (String f : List.of("sum_move", "sum_z")) {
                    cell.put(f, cell.path(f).asDouble() + c.path(f).asDouble());
                }
                cell.put(
                        "synthetic_prices",
                        cell.path("synthetic_prices").asBoolean()
                                || c.path("synthetic_prices").asBoolean());
            }
            answer.path("partitions").forEach(n -> partitions.add(n.asInt()));
        }
        ObjectNode out = q.mapper().createObjectNode();
        out.put("horizon", horizon);
        out.put(ANCHOR, fromEvent ? "event" : "publication");
        out.put(QueryParameters.FROM, IsoTimes.iso(range.from()));
        out.put(QueryParameters.TO, IsoTimes.iso(range.to()));
        ArrayNode arr = out.putArray("cells");
        cells.values().forEach(c -> {
            long n = c.path("n").asLong();
            long withZ = c.path("with_z").asLong();
            c.put("mean_move", n == 0 ? 0 : c.path("sum_move").asDouble() / n);
            if (withZ > 0) {
                c.put("mean_z", c.path("sum_z").asDouble() / withZ);
            } else {
                c.putNull("mean_z");
            }
            arr.add(c);
        });
        q.gather().completeness(out, g.unanswered(), partitions);
        ctx.json(out);
    }

    private ObjectNode emptyCell(JsonNode like) {
        ObjectNode c = q.mapper().createObjectNode();
        c.put("event_type", like.path("event_type").asText());
        c.put("asset", like.path("asset").asText());
        c.put("move_unit", like.path("move_unit").asText());
        return c;
    }

    private ObjectNode localHeatmap(TimeRange range, String horizon, boolean fromEvent) {
        Map<String, ObjectNode> cells = new TreeMap<>();
        LocalStores.Scan scan = q.stores().<RealizedMove>scan(StoreNames.DASHBOARD_REALIZED, range, e -> {
            RealizedMove r = e.value();
            MoveMeasure m = fromEvent ? r.getFromEvent() : r.getFromPublication();
            if (!horizon.equals(r.getHorizon()) || !"complete".equals(m.getStatus()) || m.getMove() == null) {
                return;
            }
            ObjectNode c = cells.computeIfAbsent(r.getEventType() + "|" + r.getAsset(), k -> {
                ObjectNode n = q.mapper().createObjectNode();
                n.put("event_type", r.getEventType());
                n.put("asset", r.getAsset());
                n.put("move_unit", r.getMoveUnit());
                return n;
            });
            c.put("n", c.path("n").asLong() + 1);
            c.put("sum_move", c.path("sum_move").asDouble() + m.getMove());
            if (m.getZ() != null) {
                c.put("with_z", c.path("with_z").asLong() + 1);
                c.put("sum_z", c.path("sum_z").asDouble() + m.getZ());
            }
            String v = m.getVerdict();
            if (v != null
                    && Set.of("confirms", "contradicts", "not_significant").contains(v)) {
                c.put(v, c.path(v).asLong() + 1);
            }
            c.put("synthetic_prices", c.path("synthetic_prices").asBoolean() || r.getSyntheticPrices());
        });
        ObjectNode out = q.mapper().createObjectNode();
        ArrayNode arr = out.putArray("cells");
        cells.values().forEach(arr::add);
        ArrayNode parts = out.putArray("partitions");
        scan.partitions().forEach(parts::add);
        return out;
    }

    // ---- /prices/{instrument} ---------------------------------------------------------------

    public void prices(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), PRICE_PARAMETERS);
        String code = ctx.pathParam("instrument");
        Instrument instrument = instruments
                .bySymbol(code)
                .map(Instruments.SymbolMatch::instrument)
                .orElseThrow(() -> ApiError.notFound("no instrument '" + code + "' in instruments.yaml"));
        TimeRange range = p.timeRange();
        int limit = p.limit();
        q.router().answer(ctx, StoreNames.REALIZED_PRICES, instrument.code(), partition -> {
            List<TimedEntry<PricePoint>> points =
                    q.stores().key(StoreNames.REALIZED_PRICES, instrument.code(), partition, range);
            ObjectNode out = q.mapper().createObjectNode();
            out.put("instrument", instrument.code());
            out.put("unit", instrument.unit().code());
            out.put("move_unit", instrument.unit().moveUnit());
            out.put("count", points.size());
            out.put("synthetic", points.stream().anyMatch(e -> e.value().synthetic()));
            ArrayNode arr = out.putArray("points");
            int step = Math.max(1, (int) Math.ceil(points.size() / (double) limit));
            for (int i = 0; i < points.size(); i++) {
                // Thinned evenly to the limit; the last point is always kept.
                if (i % step == 0 || i == points.size() - 1) {
                    PricePoint pt = points.get(i).value();
                    ArrayNode pair = arr.addArray();
                    pair.add(IsoTimes.iso(points.get(i).time()));
                    pair.add(pt.value());
                }
            }
            return out;
        });
    }

    /** The horizons as written in records, for clients. */
    public static List<String> horizons() {
        return Horizons.ALL.stream().map(Horizons::iso).toList();
    }

    /** Realized moves of reactions in a time span, by reaction id; used to attach them to reactions. */
    RealizedAttacher attacher() {
        return new RealizedAttacher(q, this, instruments);
    }
}
