package dev.mrt.topology;

import java.util.Properties;

import dev.mrt.tagging.ArticleTagger;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

/** Every topology of the product in one Kafka Streams application. */
public final class PipelineTopology {

    private PipelineTopology() {
    }

    /**
     * @param streamsProperties passed to the builder so that optimizations and naming checks
     *                          see the same settings as the running app
     */
    public static Topology build(Topics topics, ArticleTagger tagger, RunIdentity run, Properties streamsProperties) {
        StreamsBuilder builder = new StreamsBuilder(new org.apache.kafka.streams.TopologyConfig(
                new org.apache.kafka.streams.StreamsConfig(withPlaceholders(streamsProperties))));
        ArticleTaggingTopology.addTo(builder, topics, tagger, run);
        return builder.build(streamsProperties);
    }

    /** TopologyConfig needs the two required settings; the builder does not use their values. */
    private static Properties withPlaceholders(Properties p) {
        Properties copy = new Properties();
        copy.putAll(p);
        copy.putIfAbsent("application.id", "topology-description");
        copy.putIfAbsent("bootstrap.servers", "unused:9092");
        return copy;
    }
}
