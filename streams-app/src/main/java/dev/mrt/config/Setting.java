package dev.mrt.config;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every setting of the application, with its type and meaning. Defaults are not here: they
 * live in one place, {@code config/application.properties}; a test keeps the two in step.
 * Kafka's own settings pass through under the {@code kafka.} prefix, Schema Registry client
 * settings under their Confluent names (see {@link AppConfig#serdeConfig()}).
 */
public enum Setting {
    BOOTSTRAP_SERVERS("bootstrap.servers", ValueType.NON_EMPTY, "Kafka bootstrap servers, host:port[,host:port]."),
    APPLICATION_ID(
            "application.id",
            ValueType.NON_EMPTY,
            "Kafka Streams application id: consumer group and prefix of internal topics."),
    PROCESSING_GUARANTEE(
            "processing.guarantee",
            ValueType.oneOf("exactly_once_v2", "at_least_once"),
            "Kafka Streams processing guarantee."),
    SCHEMA_REGISTRY_URL(
            "schema.registry.url",
            ValueType.NON_EMPTY,
            "Schema Registry URL(s), comma-separated; mock://<scope> for an in-process registry."),

    TOPIC_ARTICLES("topic.articles", ValueType.TOPIC, "Input: news articles."),
    TOPIC_MARKET_NOTES("topic.market.notes", ValueType.TOPIC, "Input: market-commentary feed."),
    TOPIC_PRICES(
            "topic.prices",
            ValueType.TOPIC,
            "Input: prices of instruments (key = instrument code), to measure what the market did after each reaction."),
    TOPIC_ENRICHED("topic.enriched", ValueType.TOPIC, "Output: enriched articles keyed by article id."),
    TOPIC_LINKS(
            "topic.links",
            ValueType.TOPIC,
            "Output: cross-feed reactions, a table keyed by note id (tombstone = no links any more)."),
    TOPIC_STATS("topic.stats", ValueType.TOPIC, "Output: reaction statistics, one record per hourly or daily window."),
    TOPIC_REALIZED(
            "topic.realized",
            ValueType.TOPIC,
            "Output: realized moves of reactions, keyed by <reaction id>@<horizon>."),
    TOPIC_DLQ(
            "topic.dlq",
            ValueType.TOPIC,
            "Dead-letter topic: every record that could not be processed, with its original bytes."),
    TOPIC_PARTITIONS("topic.partitions", ValueType.POSITIVE_INT, "Partitions of topics the app creates."),
    TOPIC_REPLICATION_FACTOR(
            "topic.replication.factor",
            ValueType.intRange(1, Short.MAX_VALUE),
            "Replication factor of topics the app creates."),
    TOPIC_CREATE("topic.create", ValueType.BOOLEAN, "Create missing topics at start-up (else only verify they exist)."),
    TOPIC_RETENTION_INPUT(
            "topic.retention.input",
            ValueType.RETENTION,
            "Retention of the input topics the app or import creates (articles, market notes); replays and restores re-read them."),
    TOPIC_RETENTION_OUTPUT(
            "topic.retention.output",
            ValueType.RETENTION,
            "Retention of the output topics the app creates (enriched, links, statistics)."),
    TOPIC_RETENTION_DLQ(
            "topic.retention.dlq",
            ValueType.RETENTION,
            "Retention of the dead-letter topic the app creates: the only copy of input that could not be processed."),
    TOPIC_RETENTION_CHECK(
            "topic.retention.check",
            ValueType.oneOf("warn", "fail", "off"),
            "At start-up, existing topics whose retention would delete records the pipeline needs: warn (log each), fail (refuse to start) or off."),

    DEDUP_RETENTION(
            "dedup.retention", ValueType.DURATION, "How long an article id is remembered to drop re-sent wires."),
    VALIDATION_MAX_FUTURE(
            "validation.max.future",
            ValueType.DURATION,
            "Articles published further than this ahead of the clock are dead-lettered."),
    LINK_WINDOW_BEFORE(
            "link.window.before",
            ValueType.DURATION,
            "Cross-feed linking: how long before a political event a note may be."),
    LINK_WINDOW_AFTER(
            "link.window.after",
            ValueType.DURATION,
            "Cross-feed linking: how long after a political event a note may be."),
    LINK_HORIZON(
            "link.horizon",
            ValueType.DURATION,
            "Cross-feed linking: how far (publication time) behind the newest source linked a record may arrive and still be linked as if all had arrived in order; the linking stores keep this much plus the link window. Further behind is late (dead-lettered)."),
    LINK_MAX_PER_RECORD(
            "link.max.per.record",
            ValueType.intRange(1, 100),
            "Cross-feed linking: each market note is linked to at most this many political events, the best scored."),
    REALIZED_ENABLED(
            "realized.enabled",
            ValueType.BOOLEAN,
            "Realized moves: measure them (prices come from topic.prices); false leaves the stage out of the topology, so nothing is read from topic.prices or written to topic.realized."),
    REALIZED_VOLATILITY_WINDOW(
            "realized.volatility.window",
            ValueType.DURATION,
            "Realized moves: the trailing window before an anchor over which an instrument's own volatility is measured."),
    REALIZED_SIGNIFICANCE_Z(
            "realized.significance.z",
            ValueType.positiveDouble(),
            "Realized moves: |z| (move over the instrument's volatility at that horizon) from which a move confirms or contradicts a note."),
    REALIZED_HORIZON(
            "realized.horizon",
            ValueType.DURATION,
            "Realized moves: within it, the order in which prices and reactions arrive does not change the results; a record further behind (publication or price time) than the newest seen is late."),
    STATS_HOURLY_RETENTION(
            "stats.hourly.retention",
            ValueType.DURATION,
            "How long hourly statistics stay queryable and open to late reactions."),
    STATS_DAILY_RETENTION(
            "stats.daily.retention",
            ValueType.DURATION,
            "How long daily statistics stay queryable and open to late reactions."),

    TOPIC_MAX_MESSAGE_BYTES(
            "topic.max.message.bytes",
            ValueType.POSITIVE_INT,
            "max.message.bytes of the topics the app creates: a dead letter carries its input's original bytes, so the dead-letter topic must take what the inputs take."),
    STARTUP_WAIT(
            "startup.wait",
            ValueType.DURATION,
            "run: how long to wait at start-up for the Kafka cluster and the Schema Registry to answer (logging while it waits) before giving up."),
    STATE_WIPE_ON_START(
            "state.wipe.on.start",
            ValueType.oneOf("auto", "true", "false"),
            "Delete local Kafka Streams state before starting and restore it from the changelogs: true, false, or auto"
                    + " (under exactly-once only, where Kafka Streams 4.4 would discard it anyway; see README: Operations)."),

    IMPORT_REJECTS_DIR(
            "import.rejects.dir",
            ValueType.NON_EMPTY,
            "import: directory of the rejects file <archive name>.rejects.jsonl when --rejects is not given; must be writable."),

    HTTP_HOST("http.host", ValueType.NON_EMPTY, "Interface the HTTP API binds to; 127.0.0.1 keeps it local."),
    HTTP_PORT("http.port", ValueType.PORT, "Port of the HTTP API; 0 picks a free one."),
    DASHBOARD_RETENTION(
            "dashboard.retention",
            ValueType.DURATION,
            "How long (event time) articles, events and reactions stay queryable through the API."),
    DASHBOARD_TEXT_MAX_CHARS(
            "dashboard.text.max.chars",
            ValueType.intRange(1_000, 10_000_000),
            "Dashboard: at most this many characters of an article's text are kept for showing evidence in place (a changelog record must fit the producer's max.request.size)."),
    LIVE_FEED_BUFFER(
            "live.feed.buffer",
            ValueType.POSITIVE_INT,
            "Live feed: recent records kept in memory for reconnecting clients (Last-Event-ID) and the ticker's backlog."),

    LOG_LEVEL(
            "log.level",
            ValueType.oneOf("TRACE", "DEBUG", "INFO", "WARN", "ERROR"),
            "Log level of the application's own loggers (Kafka's stay at WARN)."),

    TAXONOMY_DIR(
            "taxonomy.dir",
            ValueType.NON_EMPTY,
            "Directory of the taxonomy YAML files; the copy in the jar is used when it does not exist."),
    TAGGER_MODEL(
            "tagger.model",
            ValueType.oneOf(dev.mrt.tagging.LearnedLayer.CODES),
            "The learned layer beside the tagger's rules: shipped (the model in the jar) or off (rules only)."),
    SAMPLES_DIR(
            "local.samples.dir",
            ValueType.NON_EMPTY,
            "Local mode: directory of sample articles (*.json) loaded at start."),
    LOCAL_DATA_DIR(
            "local.data.dir", ValueType.TEXT, "Local mode: broker and state directory; empty for a temporary one."),
    LOCAL_KEEP_DATA("local.keep.data", ValueType.BOOLEAN, "Local mode: keep the data directory on exit.");

    /** Prefix of settings passed to Kafka clients and Kafka Streams with the prefix removed. */
    public static final String KAFKA_PREFIX = "kafka.";

    private static final Map<String, Setting> BY_KEY =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Setting::key, Function.identity()));

    private final String key;
    private final ValueType<?> type;
    private final String doc;

    Setting(String key, ValueType<?> type, String doc) {
        this.key = key;
        this.type = type;
        this.doc = doc;
    }

    public String key() {
        return key;
    }

    public ValueType<?> type() {
        return type;
    }

    public String doc() {
        return doc;
    }

    public static Optional<Setting> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
