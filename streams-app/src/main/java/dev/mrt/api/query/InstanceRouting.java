package dev.mrt.api.query;

import dev.mrt.api.http.ApiError;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/**
 * Which instance answers for what, from Kafka Streams' metadata ({@code application.server} of
 * every instance): the owner of a key, and the other instances that hold part of a store.
 */
public final class InstanceRouting {
    private final StreamsAccess access;

    public InstanceRouting(StreamsAccess access) {
        this.access = access;
    }

    /** The active owner of a key: its partition, its host, and whether that host is this instance. */
    public record Owner(HostInfo host, int partition, boolean local) {}

    public Owner ownerOf(String store, String key) {
        KafkaStreams streams = access.queryable();
        KeyQueryMetadata md;
        try {
            md = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        } catch (IllegalStateException e) {
            throw ApiError.unavailable(e.getMessage());
        }
        if (md == null || md == KeyQueryMetadata.NOT_AVAILABLE || md.activeHost() == null) {
            throw ApiError.unavailable(
                    "no instance owns '" + key + "' in " + store + " right now (rebalancing); retry");
        }
        return new Owner(md.activeHost(), md.partition(), md.activeHost().equals(self()));
    }

    /** Every other instance that runs active tasks of one of the stores: the peers a range query gathers from. */
    public List<HostInfo> peersFor(List<String> stores) {
        KafkaStreams streams = access.queryable();
        HostInfo self = self();
        return stores.stream()
                .flatMap(store -> streams.streamsMetadataForStore(store).stream()
                        .filter(m -> m.stateStoreNames().contains(store)))
                .map(StreamsMetadata::hostInfo)
                .filter(h -> !Objects.equals(h, self))
                .distinct()
                .toList();
    }

    /** Every instance of the application, this one included. */
    public List<StreamsMetadata> instances() {
        return List.copyOf(access.queryable().metadataForAllStreamsClients());
    }

    public HostInfo self() {
        return access.self();
    }
}
