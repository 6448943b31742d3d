package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.ApiError;
import dev.mrt.api.http.HttpPaths;
import dev.mrt.api.live.LiveEndpoint;
import dev.mrt.api.query.ArticleEndpoints;
import dev.mrt.api.query.EventEndpoints;
import dev.mrt.api.query.HeatmapEndpoint;
import dev.mrt.api.query.InstancesEndpoint;
import dev.mrt.api.query.QueryServices;
import dev.mrt.api.query.ReactionEndpoints;
import dev.mrt.api.query.RealizedEndpoints;
import dev.mrt.api.query.StatsEndpoints;
import dev.mrt.api.query.StreamsAccess;
import dev.mrt.api.query.TimelineEndpoint;
import dev.mrt.market.Instruments;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON query API under {@link HttpPaths#API}, the live feed, health, metrics,
 * and the dashboard page (static files from the classpath, nothing fetched from elsewhere).
 * Started before Kafka Streams, so its port can become {@code application.server}.
 */
public final class ApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    /** Classpath folder of the dashboard page. */
    public static final String DASHBOARD_RESOURCES = "/dashboard";

    private final Javalin app;

    private ApiServer(Javalin app) {
        this.app = app;
    }

    /** Binds {@code host:port} ({@code port} 0: a free one) and serves until {@link #close()}. */
    public static ApiServer start(
            String host,
            int port,
            StreamsAccess access,
            PrometheusMetrics metrics,
            LiveEndpoint live,
            ObjectMapper mapper,
            QueryServices.LinkWindow linkWindow,
            Instruments instruments) {
        QueryServices q = QueryServices.over(access, mapper, linkWindow);
        HealthEndpoints health = new HealthEndpoints(access, mapper);
        ArticleEndpoints articles = new ArticleEndpoints(q);
        EventEndpoints events = new EventEndpoints(q);
        RealizedEndpoints realized = new RealizedEndpoints(q, instruments);
        ReactionEndpoints reactions = new ReactionEndpoints(q, realized);
        TimelineEndpoint timeline = new TimelineEndpoint(q, events, reactions, realized);
        StatsEndpoints stats = new StatsEndpoints(q);
        HeatmapEndpoint heatmap = new HeatmapEndpoint(q);
        InstancesEndpoint instances = new InstancesEndpoint(q);
        ApiIndex index = new ApiIndex(mapper);

        Javalin app = Javalin.create(config -> {
                    config.startup.showJavalinBanner = false;
                    config.jsonMapper(new JavalinJackson(mapper, false));
                    config.staticFiles.add(files -> {
                        files.hostedPath = HttpPaths.DASHBOARD;
                        files.directory = DASHBOARD_RESOURCES;
                        files.location = Location.CLASSPATH;
                    });
                    config.routes.get(HttpPaths.LIVE, health::live);
                    config.routes.get(HttpPaths.READY, health::ready);
                    config.routes.get(
                            HttpPaths.METRICS,
                            ctx -> ctx.contentType(PrometheusMetrics.CONTENT_TYPE)
                                    .result(metrics.scrape()));
                    config.routes.get(HttpPaths.API, index::get);
                    config.routes.get(HttpPaths.API + "/articles", articles::list);
                    config.routes.get(HttpPaths.API + "/articles/{id}", articles::byId);
                    config.routes.get(HttpPaths.API + "/articles/{id}/text", articles::text);
                    config.routes.get(HttpPaths.API + "/events", events::list);
                    config.routes.get(HttpPaths.API + "/reactions", reactions::list);
                    config.routes.get(HttpPaths.API + "/timeline", timeline::list);
                    config.routes.get(HttpPaths.API + "/stats/{" + StatsEndpoints.GRANULARITY + "}", stats::list);
                    config.routes.get(HttpPaths.API + "/heatmap", heatmap::get);
                    config.routes.get(HttpPaths.API + "/realized", realized::list);
                    config.routes.get(HttpPaths.API + "/realized/heatmap", realized::heatmap);
                    config.routes.get(HttpPaths.API + "/scorecard", realized::scorecard);
                    config.routes.get(HttpPaths.API + "/prices/{instrument}", realized::prices);
                    config.routes.get(HttpPaths.API + "/instances", instances::list);
                    config.routes.before(HttpPaths.API + "/live", live::validate);
                    config.routes.sse(HttpPaths.API + "/live", live::stream);
                    config.routes.exception(
                            ApiError.class,
                            (e, ctx) -> ctx.status(e.status())
                                    .json(error(mapper, e.code(), e.getMessage(), e.parameter())));
                    config.routes.exception(Exception.class, (e, ctx) -> internalError(ctx, e, mapper));
                    config.routes.error(404, "*", ctx -> notFound(ctx, mapper));
                })
                .start(host, port);
        return new ApiServer(app);
    }

    private static void internalError(Context ctx, Exception e, ObjectMapper mapper) {
        String path;
        try {
            path = ctx.path();
        } catch (RuntimeException gone) {
            // The client left and Jetty recycled the request: nobody to answer.
            LOG.debug("Request failed after its client left: {}", e.toString());
            return;
        }
        LOG.error("{} {} failed", ctx.method(), path, e);
        ctx.status(500).json(error(mapper, "internal", e.toString(), null));
    }

    private static void notFound(Context ctx, ObjectMapper mapper) {
        String type = ctx.res().getContentType();
        boolean answeredAlready = type != null && type.startsWith("application/json");
        if (ctx.path().startsWith(HttpPaths.API) && !answeredAlready) {
            ctx.json(error(
                    mapper,
                    "not_found",
                    "no such endpoint: " + ctx.path() + " (GET " + HttpPaths.API + " lists them)",
                    null));
        }
    }

    static ObjectNode error(ObjectMapper mapper, String code, String message, String parameter) {
        ObjectNode o = mapper.createObjectNode();
        o.put("error", code);
        o.put("message", message);
        if (parameter != null) {
            o.put("parameter", parameter);
        }
        return o;
    }

    /** The port actually bound (the configured one, or the free one picked for 0). */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
