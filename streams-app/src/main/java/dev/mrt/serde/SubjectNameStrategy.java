package dev.mrt.serde;

import java.util.Locale;
import org.apache.avro.Schema;

/**
 * How a topic and a schema map to a registry subject; Confluent's three built-in strategies.
 * Configured by {@code key.subject.name.strategy} / {@code value.subject.name.strategy} with the
 * simple name ({@code TopicNameStrategy}) or Confluent's class name
 * ({@code io.confluent.kafka.serializers.subject.TopicNameStrategy}).
 */
public enum SubjectNameStrategy {

    /** {@code <topic>-key} / {@code <topic>-value}: one schema lineage per topic. The default. */
    TOPIC_NAME("TopicNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + (isKey ? "-key" : "-value");
        }
    },
    /** The record's full name: one lineage per record type, across topics. */
    RECORD_NAME("RecordNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return schema.getFullName();
        }
    },
    /** {@code <topic>-<record full name>}: several record types per topic. */
    TOPIC_RECORD_NAME("TopicRecordNameStrategy") {
        @Override
        public String subject(String topic, boolean isKey, Schema schema) {
            return topic + "-" + schema.getFullName();
        }
    };

    private static final String CONFLUENT_PACKAGE = "io.confluent.kafka.serializers.subject.";

    private final String simpleName;

    SubjectNameStrategy(String simpleName) {
        this.simpleName = simpleName;
    }

    public abstract String subject(String topic, boolean isKey, Schema schema);

    /** Whether the subject depends on the schema (and so is unknown before the writer schema is). */
    public boolean usesRecordName() {
        return this != TOPIC_NAME;
    }

    /** Confluent's class name of the equivalent strategy. */
    public String confluentClassName() {
        return CONFLUENT_PACKAGE + simpleName;
    }

    public String simpleName() {
        return simpleName;
    }

    /**
     * Accepts {@code TopicNameStrategy}, {@code io.confluent.kafka.serializers.subject.TopicNameStrategy}
     * or the constant name {@code TOPIC_NAME} (and likewise for the others).
     */
    public static SubjectNameStrategy parse(String name) {
        String trimmed = name == null ? "" : name.trim();
        String simple = trimmed.startsWith(CONFLUENT_PACKAGE) ? trimmed.substring(CONFLUENT_PACKAGE.length()) : trimmed;
        for (SubjectNameStrategy strategy : values()) {
            if (strategy.simpleName.equalsIgnoreCase(simple)
                    || strategy.name().equals(simple.toUpperCase(Locale.ROOT))) {
                return strategy;
            }
        }
        throw new IllegalArgumentException("Unknown subject name strategy '" + name + "'; expected TopicNameStrategy, "
                + "RecordNameStrategy or TopicRecordNameStrategy (optionally prefixed with " + CONFLUENT_PACKAGE + ")");
    }
}
