package dev.mrt.topology;

import dev.mrt.config.AppConfig;
import dev.mrt.config.Setting;
import dev.mrt.topology.errors.DeadLetterDeserializationHandler;
import dev.mrt.topology.errors.DeadLetterProcessingHandler;
import dev.mrt.topology.errors.DeadLetterProductionHandler;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/** Kafka Streams properties from the application's configuration. */
public final class StreamsSettings {

    private StreamsSettings() {}

    public static Properties from(AppConfig config, PipelineMetrics metrics) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, config.string(Setting.APPLICATION_ID));
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, config.string(Setting.BOOTSTRAP_SERVERS));
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, config.string(Setting.PROCESSING_GUARANTEE));
        // Every processor, store and internal topic carries a name we chose: renaming nothing
        // by accident keeps state and offsets compatible across releases.
        p.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        p.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, config.string(Setting.TOPIC_DLQ));
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // Nothing is lost: unreadable input, records a processor rejects or fails on, and
        // unwritable results go to the dead-letter topic with their original bytes.
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        p.put(PipelineMetrics.CONFIG_KEY, metrics);
        p.putAll(config.kafkaOverrides());
        return p;
    }
}
