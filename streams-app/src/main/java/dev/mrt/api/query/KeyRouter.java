package dev.mrt.api.query;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.api.http.ApiError;
import io.javalin.http.Context;
import java.util.function.IntFunction;

/**
 * Key queries: answered here when this instance owns the key's partition, else forwarded once to
 * the owner (from {@code queryMetadataForKey}) and its answer relayed as it is, status included.
 * A forwarded request is never forwarded again: if ownership moved meanwhile, it is a 503 to retry.
 */
public final class KeyRouter {
    private final InstanceRouting routing;
    private final PeerClient peers;

    public KeyRouter(InstanceRouting routing, PeerClient peers) {
        this.routing = routing;
        this.peers = peers;
    }

    /** @param local answers from the given local partition; throws {@link ApiError} for 404 and the like */
    public void answer(Context ctx, String store, String key, IntFunction<JsonNode> local) {
        InstanceRouting.Owner owner = routing.ownerOf(store, key);
        boolean forwarded = ctx.header(PeerClient.FORWARDED_HEADER) != null;
        if (owner.local()) {
            ctx.json(local.apply(owner.partition()));
            return;
        }
        if (forwarded) {
            throw ApiError.unavailable("'" + key + "' moved to " + owner.host().host() + ":"
                    + owner.host().port() + " while the request was forwarded; retry");
        }
        PeerClient.Response r = peers.getNow(
                owner.host(),
                ScatterGather.pathAndQuery(ctx),
                PeerClient.FORWARDED_HEADER,
                routing.self().host() + ":" + routing.self().port());
        ctx.status(r.status()).contentType("application/json").result(r.body());
        ctx.header("X-MRT-Answered-By", owner.host().host() + ":" + owner.host().port());
    }
}
