package dev.mrt.serde;

import dev.mrt.config.SerdeSetting;
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
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * The serdes' settings, under Confluent's key names, parsed and checked once. The keys, their
 * types, defaults and meanings are defined in {@link SerdeSetting} (see there why settings are
 * defined that way and not with Kafka's {@code ConfigDef}).
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

    private static final String SCHEMA_REGISTRY_URL = SerdeSetting.SCHEMA_REGISTRY_URL.key();

    public AvroSerdeConfig {
        if (registry == null) {
            throw new IllegalArgumentException("registry location is required");
        }
    }

    /** Parses and checks a serde configuration map (Kafka's {@code configure(Map, boolean)} map). */
    public static AvroSerdeConfig from(Map<String, ?> configs) {
        rejectUnknownKeys(configs);
        Map<SerdeSetting, Object> parsed = parse(configs);
        if (configs.get(SerdeSetting.BEARER_AUTH_CREDENTIALS_SOURCE.key()) != null
                && parsed.get(SerdeSetting.BEARER_AUTH_TOKEN) == null) {
            throw new ConfigException(
                    SerdeSetting.BEARER_AUTH_TOKEN.key(),
                    "[not set]",
                    SerdeSetting.BEARER_AUTH_CREDENTIALS_SOURCE.key() + "=STATIC_TOKEN needs "
                            + SerdeSetting.BEARER_AUTH_TOKEN.key());
        }
        long ttlSeconds = (Long) parsed.get(SerdeSetting.LATEST_CACHE_TTL_SEC);
        return new AvroSerdeConfig(
                registryLocation(parsed),
                (Boolean) parsed.get(SerdeSetting.AUTO_REGISTER_SCHEMAS),
                (Boolean) parsed.get(SerdeSetting.USE_LATEST_VERSION),
                ttlSeconds < 0 ? null : Duration.ofSeconds(ttlSeconds),
                strategy(parsed, SerdeSetting.KEY_SUBJECT_NAME_STRATEGY),
                strategy(parsed, SerdeSetting.VALUE_SUBJECT_NAME_STRATEGY),
                (Boolean) parsed.get(SerdeSetting.NORMALIZE_SCHEMAS),
                (Boolean) parsed.get(SerdeSetting.SPECIFIC_AVRO_READER),
                (Integer) parsed.get(SerdeSetting.MAX_SCHEMAS_PER_SUBJECT));
    }

    /** Why {@link #from} would refuse these settings, if it would: for callers that report a problem rather than throw. */
    public static Optional<String> problem(Map<String, ?> configs) {
        try {
            from(configs);
            return Optional.empty();
        } catch (ConfigException e) {
            return Optional.of(e.getMessage());
        }
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
        return SerdeSetting.knownKeys();
    }

    private static void rejectUnknownKeys(Map<String, ?> configs) {
        for (String key : configs.keySet()) {
            if (SerdeSetting.inNamespace(key) && SerdeSetting.byKey(key).isEmpty()) {
                throw new ConfigException(
                        key,
                        "[not shown]",
                        "Unknown Schema Registry setting; known settings: " + SerdeSetting.knownKeys());
            }
        }
    }

    /**
     * Every setting's value: the prefixed spelling when given, else the plain one, else the
     * default. Kafka may hand over typed values (Boolean, Integer, List, Password); each is read
     * as the text a properties file would hold and parsed by the setting's type.
     */
    private static Map<SerdeSetting, Object> parse(Map<String, ?> configs) {
        Map<SerdeSetting, Object> parsed = new EnumMap<>(SerdeSetting.class);
        for (SerdeSetting setting : SerdeSetting.values()) {
            String key =
                    setting.prefixedKey().filter(k -> configs.get(k) != null).orElse(setting.key());
            Object raw = configs.get(key);
            String text = raw == null ? setting.defaultValue() : text(raw);
            if (text == null) {
                continue;
            }
            try {
                parsed.put(setting, setting.type().parse(text));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(
                        key,
                        isSecret(setting) ? "[hidden]" : text,
                        e.getMessage() + " (expected " + setting.type().description() + ")");
            }
        }
        return parsed;
    }

    private static String text(Object raw) {
        if (raw instanceof Password p) {
            return p.value();
        }
        if (raw instanceof List<?> list) {
            return String.join(",", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(raw);
    }

    private static boolean isSecret(SerdeSetting setting) {
        return setting == SerdeSetting.BASIC_AUTH_USER_INFO
                || setting == SerdeSetting.SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO
                || setting == SerdeSetting.BEARER_AUTH_TOKEN
                || setting == SerdeSetting.SSL_TRUSTSTORE_PASSWORD;
    }

    private static SubjectNameStrategy strategy(Map<SerdeSetting, Object> parsed, SerdeSetting setting) {
        String name = (String) parsed.get(setting);
        try {
            return SubjectNameStrategy.parse(name);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(setting.key(), name, e.getMessage());
        }
    }

    private static RegistryLocation registryLocation(Map<SerdeSetting, Object> parsed) {
        if (parsed.get(SerdeSetting.SCHEMA_REGISTRY_URL) == null) {
            throw new ConfigException(SCHEMA_REGISTRY_URL, "[not set]", "Missing required setting (it has no default)");
        }
        List<String> urls = List.of(((String) parsed.get(SerdeSetting.SCHEMA_REGISTRY_URL)).split(","));
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
                Duration.ofMillis((Integer) parsed.get(SerdeSetting.HTTP_CONNECT_TIMEOUT_MS)),
                Duration.ofMillis((Integer) parsed.get(SerdeSetting.HTTP_READ_TIMEOUT_MS)),
                new RetryPolicy(
                        (Integer) parsed.get(SerdeSetting.MAX_RETRIES),
                        Duration.ofMillis((Integer) parsed.get(SerdeSetting.RETRIES_WAIT_MS)),
                        Duration.ofMillis((Integer) parsed.get(SerdeSetting.RETRIES_MAX_WAIT_MS))));
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

    private static RegistryAuth auth(Map<SerdeSetting, Object> parsed, List<URI> uris) {
        String basicSource = (String) parsed.get(SerdeSetting.BASIC_AUTH_CREDENTIALS_SOURCE);
        String userInfo = secret(parsed, SerdeSetting.BASIC_AUTH_USER_INFO);
        if (userInfo == null) {
            userInfo = secret(parsed, SerdeSetting.SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO);
        }
        String token = secret(parsed, SerdeSetting.BEARER_AUTH_TOKEN);
        RegistryAuth basic = null;
        if ("USER_INFO".equals(basicSource)) {
            if (userInfo == null || !userInfo.contains(":")) {
                throw new ConfigException(
                        SerdeSetting.BASIC_AUTH_USER_INFO.key(),
                        userInfo == null ? "[not set]" : "[hidden]",
                        SerdeSetting.BASIC_AUTH_CREDENTIALS_SOURCE.key() + "=USER_INFO needs "
                                + SerdeSetting.BASIC_AUTH_USER_INFO.key() + "=user:password");
            }
            basic = RegistryAuth.basic(userInfo);
        } else {
            if (userInfo != null) {
                throw new ConfigException(
                        SerdeSetting.BASIC_AUTH_CREDENTIALS_SOURCE.key(),
                        basicSource,
                        SerdeSetting.BASIC_AUTH_USER_INFO.key() + " is set but would be ignored; set "
                                + SerdeSetting.BASIC_AUTH_CREDENTIALS_SOURCE.key() + "=USER_INFO");
            }
            String fromUrl = uris.get(0).getRawUserInfo();
            if (fromUrl != null) {
                basic = RegistryAuth.basic(URLDecoder.decode(fromUrl, StandardCharsets.UTF_8));
            }
        }
        if (basic != null && token != null) {
            throw new ConfigException(
                    SerdeSetting.BEARER_AUTH_TOKEN.key(),
                    "[hidden]",
                    "Both basic auth and a bearer token are configured; choose one");
        }
        if (token != null) {
            return RegistryAuth.bearer(token);
        }
        return basic == null ? RegistryAuth.NONE : basic;
    }

    private static Optional<TrustStore> trustStore(Map<SerdeSetting, Object> parsed) {
        String location = (String) parsed.get(SerdeSetting.SSL_TRUSTSTORE_LOCATION);
        if (location == null || location.isBlank()) {
            return Optional.empty();
        }
        Path path = Path.of(location);
        if (!Files.isReadable(path)) {
            throw new ConfigException(
                    SerdeSetting.SSL_TRUSTSTORE_LOCATION.key(), location, "Trust store file is missing or unreadable");
        }
        TrustStore store = new TrustStore(path, secret(parsed, SerdeSetting.SSL_TRUSTSTORE_PASSWORD), (String)
                parsed.get(SerdeSetting.SSL_TRUSTSTORE_TYPE));
        try {
            store.sslContext();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(SerdeSetting.SSL_TRUSTSTORE_LOCATION.key(), location, e.getMessage());
        }
        return Optional.of(store);
    }

    private static String secret(Map<SerdeSetting, Object> parsed, SerdeSetting setting) {
        return (String) parsed.get(setting);
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
}
