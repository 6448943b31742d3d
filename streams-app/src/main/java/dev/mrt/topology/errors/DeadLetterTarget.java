package dev.mrt.topology.errors;

import dev.mrt.topology.PipelineMetrics;
import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/** Where the error handlers send dead letters and count them, read once from the Streams configuration. */
record DeadLetterTarget(String topic, PipelineMetrics metrics) {

    static DeadLetterTarget from(Map<String, ?> configs) {
        return new DeadLetterTarget(
                String.valueOf(configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)),
                PipelineMetrics.from(configs));
    }
}
