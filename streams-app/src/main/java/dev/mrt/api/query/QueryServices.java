package dev.mrt.api.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;

/** What every query endpoint uses: this instance's stores, the way to the others, and the JSON mapper. */
public record QueryServices(
        LocalStores stores,
        ScatterGather gather,
        KeyRouter router,
        InstanceRouting routing,
        ObjectMapper mapper,
        LinkWindow linkWindow) {

    /**
     * How far a cross-feed note may be from its political event ({@code link.window.before} /
     * {@code .after}): the linking store is kept at note time, reactions are placed at event time.
     */
    public record LinkWindow(Duration before, Duration after) {}

    public static QueryServices over(StreamsAccess access, ObjectMapper mapper, LinkWindow linkWindow) {
        InstanceRouting routing = new InstanceRouting(access);
        PeerClient peers = new PeerClient();
        return new QueryServices(
                new LocalStores(access),
                new ScatterGather(routing, peers, mapper),
                new KeyRouter(routing, peers),
                routing,
                mapper,
                linkWindow);
    }
}
