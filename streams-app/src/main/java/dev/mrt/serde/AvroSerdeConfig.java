package dev.mrt.serde;

import dev.mrt.serde.registry.HttpRegistrySettings;
import dev.mrt.serde.registry.RegistryAuth;
import dev.mrt.serde.registry.RegistryLocation;
import dev.mrt.serde.registry.RetryPolicy;
import dev.mrt.serde.registry.TrustStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The serdes' settings, under Confluent's key names, parsed and checked once.
 *
 * <p>Kafka Streams hands a serde its whole configuration, so keys outside this serde's namespaces
 * are ignored. Inside them ({@code schema.registry.*}, {@code basic.auth.*}, {@code bearer.auth.*}
 * and the keys defined here) an unknown key or a bad value fails with a {@link ConfigException}
 * naming the key. {@code toString} never shows a credential.
 *
 * @param latestCacheTtl null = a fetched latest version is kept until evicted
 * @param cacheCapacity  bound of each schema/id cache ({@code max.schemas.per.subject})
 */
public record AvroSerdeConfig(
        RegistryLocation registry,
        boolean autoRegisterSchemas,
        boolean useLatestVersion,
        Duration latestCacheTtl,
        SubjectNameStrategy keySubjectNameStrategy,
        SubjectNameStrategy valueSubjectNameStrategy,
        boolean normalizeSchemas,
        boolean specificAvroReader,
        int cacheCapacity) {

    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";
    public static final String USE_LATEST_VERSION = "use.latest.version";
    public static final String LATEST_CACHE_TTL_SEC = "latest.cache.ttl.sec";
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";
    public static final String NORMALIZE_SCHEMAS = "normalize.schemas";
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";
    public static final String MAX_SCHEMAS_PER_SUBJECT = "max.schemas.per.subject";
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";
    /** Confluent's deprecated spelling of {@link #BASIC_AUTH_USER_INFO}; still accepted. */
    public static final String SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO = "schema.registry.basic.auth.user.info";

    public static final String BEARER_AUTH_CREDENTIALS_SOURCE = "bearer.auth.credentials.source";
    public static final String BEARER_AUTH_TOKEN = "bearer.auth.token";
    public static final String SSL_TRUSTSTORE_LOCATION = "schema.registry.ssl.truststore.location";
    public static final String SSL_TRUSTSTORE_PASSWORD = "schema.registry.ssl.truststore.password";
    public static final String SSL_TRUSTSTORE_TYPE = "schema.registry.ssl.truststore.type";
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";
    public static final String MAX_RETRIES = "max.retries";
    public static final String RETRIES_WAIT_MS = "retries.wait.ms";
    public static final String RETRIES_MAX_WAIT_MS = "retries.max.wait.ms";

    /** Client keys that may also be written with the {@code schema.registry.} prefix (which wins). */
    private static final List<String> PREFIXABLE =
            List.of(HTTP_CONNECT_TIMEOUT_MS, HTTP_READ_TIMEOUT_MS, MAX_RETRIES, RETRIES_WAIT_MS, RETRIES_MAX_WAIT_MS);

    private static final String PREFIX = "schema.registry.";
    private static final List<String> NAMESPACES = List.of(PREFIX, "basic.auth.", "bearer.auth.");

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(
                    SCHEMA_REGISTRY_URL,
                    Type.LIST,
                    ConfigDef.NO_DEFAULT_VALUE,
                    Importance.HIGH,
                    "Comma-separated registry URLs (http:// or https://, tried with failover), or mock://scope")
            .define(
                    AUTO_REGISTER_SCHEMAS,
                    Type.BOOLEAN,
                    true,
                    Importance.MEDIUM,
                    "Register the record's schema when serializing; false = look it up and fail when absent")
            .define(
                    USE_LATEST_VERSION,
                    Type.BOOLEAN,
                    false,
                    Importance.MEDIUM,
                    "Serialize with the subject's latest registered schema instead of the record's own")
            .define(
                    LATEST_CACHE_TTL_SEC,
                    Type.LONG,
                    -1L,
                    Importance.LOW,
                    "Seconds a fetched latest version is trusted; -1 = until evicted")
            .define(
                    KEY_SUBJECT_NAME_STRATEGY,
                    Type.STRING,
                    "TopicNameStrategy",
                    new StrategyValidator(),
                    Importance.MEDIUM,
                    "Subject of keys: TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy")
            .define(
                    VALUE_SUBJECT_NAME_STRATEGY,
                    Type.STRING,
                    "TopicNameStrategy",
                    new StrategyValidator(),
                    Importance.MEDIUM,
                    "Subject of values: TopicNameStrategy, RecordNameStrategy, TopicRecordNameStrategy")
            .define(
                    NORMALIZE_SCHEMAS,
                    Type.BOOLEAN,
                    false,
                    Importance.LOW,
                    "Ask the registry to normalize schemas before registering and looking them up")
            .define(
                    SPECIFIC_AVRO_READER,
                    Type.BOOLEAN,
                    false,
                    Importance.LOW,
                    "Generic deserializer: return generated SpecificRecord classes instead of GenericRecord "
                            + "(Avro must trust the class: org.apache.avro.SERIALIZABLE_PACKAGES, or a specific "
                            + "serde of it was used)")
            .define(
                    MAX_SCHEMAS_PER_SUBJECT,
                    Type.INT,
                    1000,
                    ConfigDef.Range.atLeast(1),
                    Importance.LOW,
                    "Capacity of each schema/id cache")
            .define(
                    BASIC_AUTH_CREDENTIALS_SOURCE,
                    Type.STRING,
                    "URL",
                    ConfigDef.ValidString.in("URL", "USER_INFO"),
                    Importance.MEDIUM,
                    "Where basic-auth credentials come from: URL (user:password@host) or USER_INFO")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, null, Importance.MEDIUM, "user:password for USER_INFO")
            .define(
                    SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO,
                    Type.PASSWORD,
                    null,
                    Importance.LOW,
                    "Deprecated spelling of basic.auth.user.info")
            .define(
                    BEARER_AUTH_CREDENTIALS_SOURCE,
                    Type.STRING,
                    "STATIC_TOKEN",
                    ConfigDef.ValidString.in("STATIC_TOKEN"),
                    Importance.MEDIUM,
                    "STATIC_TOKEN: use bearer.auth.token")
            .define(BEARER_AUTH_TOKEN, Type.PASSWORD, null, Importance.MEDIUM, "Static bearer token")
            .define(SSL_TRUSTSTORE_LOCATION, Type.STRING, null, Importance.MEDIUM, "Trust store for https registries")
            .define(SSL_TRUSTSTORE_PASSWORD, Type.PASSWORD, null, Importance.MEDIUM, "Trust store password")
            .define(SSL_TRUSTSTORE_TYPE, Type.STRING, "JKS", Importance.LOW, "Trust store type: JKS or PKCS12")
            .define(
                    HTTP_CONNECT_TIMEOUT_MS,
                    Type.INT,
                    60_000,
                    ConfigDef.Range.atLeast(1),
                    Importance.LOW,
                    "Connect timeout per request")
            .define(
                    HTTP_READ_TIMEOUT_MS,
                    Type.INT,
                    60_000,
                    ConfigDef.Range.atLeast(1),
                    Importance.LOW,
                    "Time to wait for an answer per request")
            .define(
                    MAX_RETRIES,
                    Type.INT,
                    3,
                    ConfigDef.Range.atLeast(0),
                    Importance.LOW,
                    "Retry rounds after 5xx, timeouts and connection errors (never after 4xx)")
            .define(
                    RETRIES_WAIT_MS,
                    Type.INT,
                    1000,
                    ConfigDef.Range.atLeast(0),
                    Importance.LOW,
                    "First backoff; doubles each round")
            .define(
                    RETRIES_MAX_WAIT_MS,
                    Type.INT,
                    20_000,
                    ConfigDef.Range.atLeast(0),
                    Importance.LOW,
                    "Longest backoff");

    private static final Set<String> KNOWN_KEYS = knownKeys();

    public AvroSerdeConfig {
        if (registry == null) {
            throw new IllegalArgumentException("registry location is required");
        }
    }

    /** Parses and checks a serde configuration map (Kafka's {@code configure(Map, boolean)} map). */
    public static AvroSerdeConfig from(Map<String, ?> configs) {
        rejectUnknownKeys(configs);
        Map<String, Object> parsed = DEFINITION.parse(withPrefixedAliases(configs));
        if (configs.get(BEARER_AUTH_CREDENTIALS_SOURCE) != null && parsed.get(BEARER_AUTH_TOKEN) == null) {
            throw new ConfigException(
                    BEARER_AUTH_TOKEN,
                    "[not set]",
                    BEARER_AUTH_CREDENTIALS_SOURCE + "=STATIC_TOKEN needs " + BEARER_AUTH_TOKEN);
        }
        long ttlSeconds = (Long) parsed.get(LATEST_CACHE_TTL_SEC);
        return new AvroSerdeConfig(
                registryLocation(parsed),
                (Boolean) parsed.get(AUTO_REGISTER_SCHEMAS),
                (Boolean) parsed.get(USE_LATEST_VERSION),
                ttlSeconds < 0 ? null : Duration.ofSeconds(ttlSeconds),
                SubjectNameStrategy.parse((String) parsed.get(KEY_SUBJECT_NAME_STRATEGY)),
                SubjectNameStrategy.parse((String) parsed.get(VALUE_SUBJECT_NAME_STRATEGY)),
                (Boolean) parsed.get(NORMALIZE_SCHEMAS),
                (Boolean) parsed.get(SPECIFIC_AVRO_READER),
                (Integer) parsed.get(MAX_SCHEMAS_PER_SUBJECT));
    }

    /** A configuration with defaults for everything but the registry URL. */
    public static AvroSerdeConfig forUrl(String url) {
        return from(Map.of(SCHEMA_REGISTRY_URL, url));
    }

    public SubjectNameStrategy subjectNameStrategy(boolean isKey) {
        return isKey ? keySubjectNameStrategy : valueSubjectNameStrategy;
    }

    /** Every key this serde understands, for documentation and the unknown-key check. */
    public static Set<String> knownKeys() {
        Set<String> keys = new TreeSet<>(DEFINITION.names());
        PREFIXABLE.forEach(key -> keys.add(PREFIX + key));
        return keys;
    }

    private static void rejectUnknownKeys(Map<String, ?> configs) {
        for (String key : configs.keySet()) {
            boolean ours = NAMESPACES.stream().anyMatch(key::startsWith);
            if (ours && !KNOWN_KEYS.contains(key)) {
                throw new ConfigException(
                        key, "[not shown]", "Unknown Schema Registry setting; known settings: " + KNOWN_KEYS);
            }
        }
    }

    private static Map<String, Object> withPrefixedAliases(Map<String, ?> configs) {
        Map<String, Object> copy = new HashMap<>(configs);
        for (String key : PREFIXABLE) {
            Object prefixed = configs.get(PREFIX + key);
            if (prefixed != null) {
                copy.put(key, prefixed);
            }
        }
        return copy;
    }

    private static RegistryLocation registryLocation(Map<String, Object> parsed) {
        @SuppressWarnings("unchecked")
        List<String> urls = (List<String>) parsed.get(SCHEMA_REGISTRY_URL);
        List<String> trimmed =
                urls.stream().map(String::trim).filter(u -> !u.isEmpty()).toList();
        if (trimmed.isEmpty()) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, urls, "At least one registry URL is required");
        }
        List<URI> uris = new ArrayList<>();
        for (String url : trimmed) {
            uris.add(parseUrl(url));
        }
        boolean allMock = uris.stream().allMatch(u -> "mock".equals(u.getScheme()));
        boolean anyMock = uris.stream().anyMatch(u -> "mock".equals(u.getScheme()));
        if (anyMock) {
            if (!allMock || uris.size() > 1) {
                throw new ConfigException(
                        SCHEMA_REGISTRY_URL, redacted(uris), "A mock:// registry must be the only URL");
            }
            String scope = trimmed.get(0).substring("mock://".length());
            if (scope.isBlank()) {
                throw new ConfigException(
                        SCHEMA_REGISTRY_URL, trimmed.get(0), "mock:// needs a scope, e.g. mock://tests");
            }
            return new RegistryLocation.Mock(scope);
        }
        HttpRegistrySettings settings = new HttpRegistrySettings(
                uris.stream().map(AvroSerdeConfig::withoutUserInfo).toList(),
                auth(parsed, uris),
                trustStore(parsed),
                Duration.ofMillis((Integer) parsed.get(HTTP_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis((Integer) parsed.get(HTTP_READ_TIMEOUT_MS)),
                new RetryPolicy(
                        (Integer) parsed.get(MAX_RETRIES),
                        Duration.ofMillis((Integer) parsed.get(RETRIES_WAIT_MS)),
                        Duration.ofMillis((Integer) parsed.get(RETRIES_MAX_WAIT_MS))));
        return new RegistryLocation.Http(settings);
    }

    private static URI parseUrl(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("mock")) {
                return uri;
            }
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw new ConfigException(
                        SCHEMA_REGISTRY_URL,
                        redacted(uri),
                        "Registry URLs must be http://host[:port] , https://host[:port] or mock://scope");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, "[not shown]", "Not a URL: " + e.getReason());
        }
    }

    private static RegistryAuth auth(Map<String, Object> parsed, List<URI> uris) {
        String basicSource = (String) parsed.get(BASIC_AUTH_CREDENTIALS_SOURCE);
        String userInfo = password(parsed, BASIC_AUTH_USER_INFO);
        if (userInfo == null) {
            userInfo = password(parsed, SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
        }
        String token = password(parsed, BEARER_AUTH_TOKEN);
        RegistryAuth basic = null;
        if ("USER_INFO".equals(basicSource)) {
            if (userInfo == null || !userInfo.contains(":")) {
                throw new ConfigException(
                        BASIC_AUTH_USER_INFO,
                        userInfo == null ? "[not set]" : "[hidden]",
                        BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO needs " + BASIC_AUTH_USER_INFO + "=user:password");
            }
            basic = RegistryAuth.basic(userInfo);
        } else {
            if (userInfo != null) {
                throw new ConfigException(
                        BASIC_AUTH_CREDENTIALS_SOURCE,
                        basicSource,
                        BASIC_AUTH_USER_INFO + " is set but would be ignored; set " + BASIC_AUTH_CREDENTIALS_SOURCE
                                + "=USER_INFO");
            }
            String fromUrl = uris.get(0).getRawUserInfo();
            if (fromUrl != null) {
                basic = RegistryAuth.basic(URLDecoder.decode(fromUrl, StandardCharsets.UTF_8));
            }
        }
        if (basic != null && token != null) {
            throw new ConfigException(
                    BEARER_AUTH_TOKEN, "[hidden]", "Both basic auth and a bearer token are configured; choose one");
        }
        if (token != null) {
            return RegistryAuth.bearer(token);
        }
        return basic == null ? RegistryAuth.NONE : basic;
    }

    private static Optional<TrustStore> trustStore(Map<String, Object> parsed) {
        String location = (String) parsed.get(SSL_TRUSTSTORE_LOCATION);
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(location);
        if (!Files.isReadable(path)) {
            throw new ConfigException(SSL_TRUSTSTORE_LOCATION, location, "Trust store file is missing or unreadable");
        }
        TrustStore store = new TrustStore(
                path, password(parsed, SSL_TRUSTSTORE_PASSWORD), (String) parsed.get(SSL_TRUSTSTORE_TYPE));
        try {
            store.sslContext();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SSL_TRUSTSTORE_LOCATION, location, e.getMessage());
        }
        return Optional.of(store);
    }

    private static String password(Map<String, Object> parsed, String key) {
        Password password = (Password) parsed.get(key);
        return password == null ? null : password.value();
    }

    private static URI withoutUserInfo(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null);
        } catch (URISyntaxException e) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, redacted(uri), e.getMessage());
        }
    }

    private static String redacted(URI uri) {
        return withoutUserInfoQuietly(uri);
    }

    private static String redacted(List<URI> uris) {
        return uris.stream()
                .map(AvroSerdeConfig::withoutUserInfoQuietly)
                .toList()
                .toString();
    }

    private static String withoutUserInfoQuietly(URI uri) {
        return uri.getRawUserInfo() == null
                ? uri.toString()
                : uri.toString().replace(uri.getRawUserInfo() + "@", "[hidden]@");
    }

    /** Validates strategy names at parse time so the error names the key. */
    private static final class StrategyValidator implements ConfigDef.Validator {
        @Override
        public void ensureValid(String name, Object value) {
            try {
                SubjectNameStrategy.parse((String) value);
            } catch (IllegalArgumentException e) {
                throw new ConfigException(name, value, e.getMessage());
            }
        }
    }
}
