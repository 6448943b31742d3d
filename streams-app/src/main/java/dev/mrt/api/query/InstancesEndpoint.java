package dev.mrt.api.query;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.http.QueryParameters;
import io.javalin.http.Context;
import java.util.Set;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.state.HostInfo;

/** {@code /api/v1/instances}: every instance of the application, what it hosts, and which one answered. */
public final class InstancesEndpoint {
    private final QueryServices q;

    public InstancesEndpoint(QueryServices q) {
        this.q = q;
    }

    public void list(Context ctx) {
        QueryParameters.of(ctx.queryParamMap(), Set.of());
        HostInfo self = q.routing().self();
        ObjectNode out = q.mapper().createObjectNode();
        out.put("self", self.host() + ":" + self.port());
        ArrayNode arr = out.putArray("instances");
        for (StreamsMetadata m : q.routing().instances()) {
            ObjectNode i = arr.addObject();
            i.put("host", m.host());
            i.put("port", m.port());
            i.put("self", m.hostInfo().equals(self));
            ArrayNode stores = i.putArray("stores");
            m.stateStoreNames().stream().sorted().forEach(stores::add);
            ArrayNode standby = i.putArray("standby_stores");
            m.standbyStateStoreNames().stream().sorted().forEach(standby::add);
            ArrayNode parts = i.putArray("partitions");
            m.topicPartitions().stream()
                    .map(tp -> tp.topic() + "-" + tp.partition())
                    .sorted()
                    .forEach(parts::add);
        }
        ctx.json(out);
    }
}
