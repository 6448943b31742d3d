package dev.mrt.bench;

import dev.mrt.avro.Article;
import dev.mrt.topology.Topic;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The baseline of the end-to-end benchmark: each Article is read with the project's Avro serde
 * and written unchanged to another topic with the same serde. What is left is what Kafka
 * Streams, the broker and the serde cost, which no topology can avoid.
 */
final class PassThroughTopology {

    private PassThroughTopology() {}

    static Topology build(Topic<String, Article> input, String outputTopic, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(input.name(), input.consumed())
                .to(
                        outputTopic,
                        Produced.with(input.keySerde(), input.valueSerde()).withName("sink-" + outputTopic));
        return builder.build(streamsProperties);
    }
}
