package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The Kafka Streams client the API queries, attached once it exists. The HTTP server starts
 * first (its bound port becomes {@code application.server}), so until then queries answer 503
 * and health reports the start-up.
 */
public final class StreamsAccess {
    private volatile Attached attached;

    private record Attached(KafkaStreams streams, HostInfo self) {}

    /** @param self this instance's {@code application.server}, as the other instances know it */
    public void attach(KafkaStreams streams, HostInfo self) {
        this.attached = new Attached(streams, self);
    }

    public Optional<KafkaStreams.State> state() {
        Attached a = attached;
        return a == null ? Optional.empty() : Optional.of(a.streams.state());
    }

    /** The client, if it can answer queries now (RUNNING or REBALANCING); else a 503. */
    public KafkaStreams queryable() {
        Attached a = attached;
        if (a == null) {
            throw ApiError.unavailable("Kafka Streams is starting");
        }
        KafkaStreams.State s = a.streams.state();
        if (s != KafkaStreams.State.RUNNING && s != KafkaStreams.State.REBALANCING) {
            throw ApiError.unavailable("Kafka Streams is " + s + "; stores can be queried once it is RUNNING");
        }
        return a.streams;
    }

    public HostInfo self() {
        Attached a = attached;
        if (a == null) {
            throw ApiError.unavailable("Kafka Streams is starting");
        }
        return a.self;
    }
}
