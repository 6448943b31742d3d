package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import dev.mrt.api.http.PageRequest;
import dev.mrt.api.http.QueryParameters;
import dev.mrt.api.http.TimeRange;
import dev.mrt.api.json.ArticleTextJson;
import dev.mrt.api.json.EnrichedArticleJson;
import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.topology.StoreNames;
import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/v1/articles}: recent enriched articles, newest first, from every instance; one
 * article by id and its text, from the instance that owns the id.
 */
public final class ArticleEndpoints {
    static final String TAG = "tag";
    private static final Set<String> LIST_PARAMETERS = QueryParameters.paged(TAG);

    private final QueryServices q;

    public ArticleEndpoints(QueryServices q) {
        this.q = q;
    }

    public void list(Context ctx) {
        QueryParameters p = QueryParameters.of(ctx.queryParamMap(), LIST_PARAMETERS);
        TimeRange range = p.timeRange();
        PageRequest page = p.page();
        String tag = p.text(TAG);
        ctx.json(q.gather().page(ctx, StoreNames.DASHBOARD_ARTICLES, page, () -> {
            TopItems top = new TopItems(page);
            LocalStores.Scan scan = q.stores()
                    .<EnrichedArticle>scan(StoreNames.DASHBOARD_ARTICLES, range.before(page.cursor()), e -> {
                        if (tag == null || e.value().getTags().contains(tag)) {
                            top.offer(e.time(), e.key(), () -> EnrichedArticleJson.toJson(e.value()));
                        }
                    });
            return top.result(scan.partitions());
        }));
    }

    public void byId(Context ctx) {
        QueryParameters.of(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        q.router()
                .answer(
                        ctx,
                        StoreNames.DASHBOARD_ARTICLES,
                        id,
                        partition -> EnrichedArticleJson.toJson(latest(
                                q.stores()
                                        .<EnrichedArticle>key(
                                                StoreNames.DASHBOARD_ARTICLES, id, partition, TimeRange.all()),
                                "article",
                                id)));
    }

    public void text(Context ctx) {
        QueryParameters.of(ctx.queryParamMap(), Set.of());
        String id = ctx.pathParam("id");
        q.router()
                .answer(
                        ctx,
                        StoreNames.DASHBOARD_ARTICLE_TEXTS,
                        id,
                        partition -> ArticleTextJson.toJson(latest(
                                q.stores()
                                        .<Article>key(
                                                StoreNames.DASHBOARD_ARTICLE_TEXTS, id, partition, TimeRange.all()),
                                "article text",
                                id)));
    }

    /** The indexers keep one entry per id; should two survive a crash between writes, the newer wins. */
    private static <V> V latest(List<TimedEntry<V>> entries, String what, String id) {
        if (entries.isEmpty()) {
            throw ApiError.notFound(
                    "no " + what + " with id '" + id + "' (unknown, or older than dashboard.retention)");
        }
        return entries.get(entries.size() - 1).value();
    }
}
