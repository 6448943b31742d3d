package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.api.query.StreamsAccess;
import io.javalin.http.Context;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * {@code /health/live}: 200 while the process runs and Kafka Streams is not failing (ERROR or
 * PENDING_ERROR); a restart is the cure otherwise. {@code /health/ready}: 200 only while Kafka
 * Streams is RUNNING, so traffic goes elsewhere during start-up, rebalances and shutdown.
 */
public final class HealthEndpoints {
    private final StreamsAccess access;
    private final ObjectMapper mapper;

    public HealthEndpoints(StreamsAccess access, ObjectMapper mapper) {
        this.access = access;
        this.mapper = mapper;
    }

    public void live(Context ctx) {
        Optional<State> state = access.state();
        boolean failing =
                state.map(s -> s == State.ERROR || s == State.PENDING_ERROR).orElse(false);
        ctx.status(failing ? 503 : 200).json(body(failing ? "DOWN" : "UP", state));
    }

    public void ready(Context ctx) {
        Optional<State> state = access.state();
        boolean ready = state.map(s -> s == State.RUNNING).orElse(false);
        ctx.status(ready ? 200 : 503).json(body(ready ? "READY" : "NOT_READY", state));
    }

    private ObjectNode body(String status, Optional<State> state) {
        ObjectNode o = mapper.createObjectNode();
        o.put("status", status);
        o.put("streams", state.map(Enum::name).orElse("STARTING"));
        return o;
    }
}
