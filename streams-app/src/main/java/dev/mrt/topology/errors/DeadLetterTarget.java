package dev.mrt.topology.errors;

import java.util.Map;
import org.apache.kafka.streams.StreamsConfig;

/** Where the error handlers send dead letters and count them, read once from the Streams configuration. */
record DeadLetterTarget(String topic, DeadLetterCounter metrics) {

    static DeadLetterTarget from(Map<String, ?> configs) {
        Object counter = configs.get(DeadLetterCounter.CONFIG_KEY);
        return new DeadLetterTarget(
                String.valueOf(configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG)),
                counter instanceof DeadLetterCounter c ? c : reason -> {});
    }
}
