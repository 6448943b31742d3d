package dev.mrt.config;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The settings of the Avro serdes and their Schema Registry client, under Confluent's key names,
 * with their types, defaults and meanings. {@code serde.AvroSerdeConfig} parses them from the map
 * Kafka hands a serde; {@link AppConfig} checks them at start-up like any other setting, so a bad
 * value in a file is reported with its file and line.
 *
 * <p>Settings are defined one way in this code base: an enum constant per setting with its key,
 * its {@link ValueType} and its meaning ({@link Setting} for the application, this enum for the
 * serdes). We chose that over Kafka's {@code ConfigDef}, which the serdes used before, because
 * the application's configuration is layered (defaults file, profile, {@code --config} file,
 * environment, options) and every error must name the file, line and key it came from, which a
 * {@code ConfigDef} cannot know; because its values include durations ({@code 7d}) and topic
 * names that {@code ConfigDef} has no type for; because {@code config --list} and the
 * environment-variable names derive from the enum; and because with both enums here the
 * application knows the serdes' keys from their definition instead of keeping its own copy of
 * the list. The serdes still throw Kafka's {@code ConfigException} from {@code configure}, as
 * Kafka expects of a serde.
 *
 * <p>Unlike the application's settings, whose defaults live in
 * {@code config/application.properties}, these carry their defaults: a serde configured by Kafka
 * from a class name has no properties file behind it.
 */
public enum SerdeSetting {
    SCHEMA_REGISTRY_URL(
            "schema.registry.url",
            ValueType.NON_EMPTY,
            null,
            false,
            "Comma-separated registry URLs (http:// or https://, tried with failover), or mock://scope."),
    AUTO_REGISTER_SCHEMAS(
            "auto.register.schemas",
            ValueType.BOOLEAN,
            "true",
            false,
            "Register the record's schema when serializing; false = look it up and fail when absent."),
    USE_LATEST_VERSION(
            "use.latest.version",
            ValueType.BOOLEAN,
            "false",
            false,
            "Serialize with the subject's latest registered schema instead of the record's own."),
    LATEST_CACHE_TTL_SEC(
            "latest.cache.ttl.sec",
            ValueType.longRange(-1, Long.MAX_VALUE),
            "-1",
            false,
            "Seconds a fetched latest version is trusted; -1 = until evicted."),
    KEY_SUBJECT_NAME_STRATEGY(
            "key.subject.name.strategy",
            ValueType.NON_EMPTY,
            "TopicNameStrategy",
            false,
            "Subject of keys: TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy (or Confluent's class name)."),
    VALUE_SUBJECT_NAME_STRATEGY(
            "value.subject.name.strategy",
            ValueType.NON_EMPTY,
            "TopicNameStrategy",
            false,
            "Subject of values: TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy (or Confluent's class name)."),
    NORMALIZE_SCHEMAS(
            "normalize.schemas",
            ValueType.BOOLEAN,
            "false",
            false,
            "Ask the registry to normalize schemas before registering and looking them up."),
    SPECIFIC_AVRO_READER(
            "specific.avro.reader",
            ValueType.BOOLEAN,
            "false",
            false,
            "Generic deserializer: return generated SpecificRecord classes instead of GenericRecord (Avro must trust the "
                    + "class: org.apache.avro.SERIALIZABLE_PACKAGES, or a specific serde of it was used)."),
    MAX_SCHEMAS_PER_SUBJECT(
            "max.schemas.per.subject",
            ValueType.intRange(1, Integer.MAX_VALUE),
            "1000",
            false,
            "Capacity of each schema/id cache."),
    BASIC_AUTH_CREDENTIALS_SOURCE(
            "basic.auth.credentials.source",
            ValueType.oneOf("URL", "USER_INFO"),
            "URL",
            false,
            "Where basic-auth credentials come from: URL (user:password@host) or USER_INFO."),
    BASIC_AUTH_USER_INFO("basic.auth.user.info", ValueType.TEXT, null, false, "user:password for USER_INFO."),
    /** Confluent's deprecated spelling of {@link #BASIC_AUTH_USER_INFO}; still accepted. */
    SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO(
            "schema.registry.basic.auth.user.info",
            ValueType.TEXT,
            null,
            false,
            "Deprecated spelling of basic.auth.user.info."),
    BEARER_AUTH_CREDENTIALS_SOURCE(
            "bearer.auth.credentials.source",
            ValueType.oneOf("STATIC_TOKEN"),
            "STATIC_TOKEN",
            false,
            "STATIC_TOKEN: use bearer.auth.token."),
    BEARER_AUTH_TOKEN("bearer.auth.token", ValueType.TEXT, null, false, "Static bearer token."),
    SSL_TRUSTSTORE_LOCATION(
            "schema.registry.ssl.truststore.location",
            ValueType.TEXT,
            null,
            false,
            "Trust store for https registries."),
    SSL_TRUSTSTORE_PASSWORD(
            "schema.registry.ssl.truststore.password", ValueType.TEXT, null, false, "Trust store password."),
    SSL_TRUSTSTORE_TYPE(
            "schema.registry.ssl.truststore.type", ValueType.TEXT, "JKS", false, "Trust store type: JKS or PKCS12."),
    HTTP_CONNECT_TIMEOUT_MS(
            "http.connect.timeout.ms",
            ValueType.intRange(1, Integer.MAX_VALUE),
            "60000",
            true,
            "Connect timeout per request, in milliseconds."),
    HTTP_READ_TIMEOUT_MS(
            "http.read.timeout.ms",
            ValueType.intRange(1, Integer.MAX_VALUE),
            "60000",
            true,
            "Time to wait for an answer per request, in milliseconds."),
    MAX_RETRIES(
            "max.retries",
            ValueType.intRange(0, Integer.MAX_VALUE),
            "3",
            true,
            "Retry rounds after 5xx, timeouts and connection errors (never after 4xx)."),
    RETRIES_WAIT_MS(
            "retries.wait.ms",
            ValueType.intRange(0, Integer.MAX_VALUE),
            "1000",
            true,
            "First backoff in milliseconds; doubles each round."),
    RETRIES_MAX_WAIT_MS(
            "retries.max.wait.ms",
            ValueType.intRange(0, Integer.MAX_VALUE),
            "20000",
            true,
            "Longest backoff, in milliseconds.");

    /** The prefix a client key may also be written with ({@code schema.registry.max.retries}); the prefixed key wins. */
    public static final String PREFIX = "schema.registry.";

    /** Key prefixes that belong to the serdes: an unknown key under them is a mistake, not someone else's setting. */
    public static final List<String> NAMESPACES = List.of(PREFIX, "basic.auth.", "bearer.auth.");

    private static final Map<String, SerdeSetting> BY_KEY = Arrays.stream(values())
            .flatMap(s -> s.keys().stream().map(k -> Map.entry(k, s)))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private final String key;
    private final ValueType<?> type;
    private final String defaultValue;
    private final boolean prefixable;
    private final String doc;

    SerdeSetting(String key, ValueType<?> type, String defaultValue, boolean prefixable, String doc) {
        this.key = key;
        this.type = type;
        this.defaultValue = defaultValue;
        this.prefixable = prefixable;
        this.doc = doc;
    }

    public String key() {
        return key;
    }

    /** The key written with {@link #PREFIX}, when that spelling is accepted too. */
    public Optional<String> prefixedKey() {
        return prefixable ? Optional.of(PREFIX + key) : Optional.empty();
    }

    /** Every spelling of the key. */
    public List<String> keys() {
        return Stream.concat(Stream.of(key), prefixedKey().stream()).toList();
    }

    public ValueType<?> type() {
        return type;
    }

    /** The value when none is given; null when the setting is required or simply absent by default. */
    public String defaultValue() {
        return defaultValue;
    }

    public String doc() {
        return doc;
    }

    /** The setting a key (in either spelling) names. */
    public static Optional<SerdeSetting> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** Every key the serdes understand, in every spelling. */
    public static Set<String> knownKeys() {
        return new TreeSet<>(BY_KEY.keySet());
    }

    /** Whether a key lies in the serdes' namespaces (known or not). */
    public static boolean inNamespace(String key) {
        return NAMESPACES.stream().anyMatch(key::startsWith);
    }
}
