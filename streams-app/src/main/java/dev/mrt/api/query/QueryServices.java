package dev.mrt.api.query;

import com.fasterxml.jackson.databind.ObjectMapper;

/** What every query endpoint uses: this instance's stores, the way to the others, and the JSON mapper. */
public record QueryServices(
        LocalStores stores, ScatterGather gather, KeyRouter router, InstanceRouting routing, ObjectMapper mapper) {

    public static QueryServices over(StreamsAccess access, ObjectMapper mapper) {
        InstanceRouting routing = new InstanceRouting(access);
        PeerClient peers = new PeerClient();
        return new QueryServices(
                new LocalStores(access),
                new ScatterGather(routing, peers, mapper),
                new KeyRouter(routing, peers),
                routing,
                mapper);
    }
}
