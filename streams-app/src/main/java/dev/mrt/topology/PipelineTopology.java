package dev.mrt.topology;

import dev.mrt.avro.LinkSource;
import dev.mrt.market.Instruments;
import dev.mrt.tagging.ArticleTagger;
import java.util.Properties;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.KStream;

/** Every topology of the product in one Kafka Streams application. */
public final class PipelineTopology {
    private PipelineTopology() {}

    /**
     * @param streamsProperties passed to the builder so that naming checks and optimizations see
     *                          the same settings as the running app
     */
    public static Topology build(
            Topics topics,
            ArticleTagger tagger,
            Instruments instruments,
            RunIdentity run,
            TopologySettings settings,
            PipelineMetrics metrics,
            Properties streamsProperties) {
        StreamsBuilder builder =
                new StreamsBuilder(new TopologyConfig(new StreamsConfig(withPlaceholders(streamsProperties))));
        ArticleTaggingTopology.Outputs articles =
                ArticleTaggingTopology.addTo(builder, topics, tagger, run, settings, metrics);
        KStream<String, LinkSource> feed = MarketNoteTopology.addTo(builder, topics, tagger, run, settings, metrics);
        KStream<String, StatsDelta> linkStats =
                ReactionLinkTopology.addTo(builder, articles.linkSources(), feed, topics, settings, run, metrics);
        ReactionStatsTopology.addTo(builder, linkStats, topics, settings);
        if (settings.realizedEnabled()) {
            RealizedMovesTopology.addTo(builder, topics, settings, instruments, metrics);
        }
        DashboardViewsTopology.addTo(builder, topics, settings);
        return builder.build(streamsProperties);
    }

    /** TopologyConfig needs the two required settings; the builder does not use their values. */
    private static Properties withPlaceholders(Properties p) {
        Properties copy = new Properties();
        copy.putAll(p);
        copy.putIfAbsent(StreamsConfig.APPLICATION_ID_CONFIG, "topology-description");
        copy.putIfAbsent(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return copy;
    }
}
