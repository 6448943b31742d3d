package dev.mrt.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mrt.serde.registry.RegistryAuth;
import dev.mrt.serde.registry.RegistryLocation;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AvroSerdeConfigTest {

    private static Map<String, Object> config(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    private static RegistryLocation.Http http(AvroSerdeConfig config) {
        return (RegistryLocation.Http) config.registry();
    }

    @Test
    void defaults_follow_confluent() {
        AvroSerdeConfig config = AvroSerdeConfig.from(config("schema.registry.url", "http://sr:8081"));

        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.normalizeSchemas()).isFalse();
        assertThat(config.specificAvroReader()).isFalse();
        assertThat(config.latestCacheTtl()).isNull();
        assertThat(config.keySubjectNameStrategy()).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
        assertThat(config.valueSubjectNameStrategy()).isEqualTo(SubjectNameStrategy.TOPIC_NAME);
        assertThat(http(config).settings().auth()).isEqualTo(RegistryAuth.NONE);
        assertThat(http(config).settings().retry().maxRetries()).isEqualTo(3);
    }

    @Test
    void reads_every_serde_key() {
        AvroSerdeConfig config = AvroSerdeConfig.from(config(
                "schema.registry.url", "http://a:8081, https://b:8081/registry",
                "auto.register.schemas", "false",
                "use.latest.version", true,
                "latest.cache.ttl.sec", "30",
                "key.subject.name.strategy", "io.confluent.kafka.serializers.subject.RecordNameStrategy",
                "value.subject.name.strategy", "TopicRecordNameStrategy",
                "normalize.schemas", "true",
                "specific.avro.reader", "true",
                "max.schemas.per.subject", "50",
                "http.connect.timeout.ms", "1500",
                "schema.registry.http.read.timeout.ms", "2500",
                "max.retries", "5",
                "retries.wait.ms", "10",
                "retries.max.wait.ms", "40"));

        assertThat(http(config).settings().urls())
                .containsExactly(URI.create("http://a:8081"), URI.create("https://b:8081/registry"));
        assertThat(config.autoRegisterSchemas()).isFalse();
        assertThat(config.useLatestVersion()).isTrue();
        assertThat(config.latestCacheTtl()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.subjectNameStrategy(true)).isEqualTo(SubjectNameStrategy.RECORD_NAME);
        assertThat(config.subjectNameStrategy(false)).isEqualTo(SubjectNameStrategy.TOPIC_RECORD_NAME);
        assertThat(config.normalizeSchemas()).isTrue();
        assertThat(config.specificAvroReader()).isTrue();
        assertThat(config.cacheCapacity()).isEqualTo(50);
        assertThat(http(config).settings().connectTimeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(http(config).settings().readTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(http(config).settings().retry().maxRetries()).isEqualTo(5);
        assertThat(http(config).settings().retry().delayBeforeRetry(0)).isEqualTo(Duration.ofMillis(10));
        assertThat(http(config).settings().retry().delayBeforeRetry(5)).isEqualTo(Duration.ofMillis(40));
    }

    @Test
    void mock_urls_name_a_scope() {
        AvroSerdeConfig config = AvroSerdeConfig.forUrl("mock://tests");

        assertThat(config.registry()).isEqualTo(new RegistryLocation.Mock("tests"));
    }

    @Test
    void ignores_keys_of_other_components() {
        AvroSerdeConfig config = AvroSerdeConfig.from(config(
                "schema.registry.url",
                "mock://x",
                "application.id",
                "mrt",
                "bootstrap.servers",
                "localhost:9092",
                "processing.guarantee",
                "exactly_once_v2"));

        assertThat(config.registry()).isEqualTo(new RegistryLocation.Mock("x"));
    }

    @Test
    void unknown_registry_key_fails_naming_it() {
        ConfigException error = catchThrowableOfType(
                ConfigException.class,
                () -> AvroSerdeConfig.from(config(
                        "schema.registry.url", "mock://x", "schema.registry.ssl.truststore.locaton", "/tmp/ts.jks")));

        assertThat(error.getMessage())
                .contains("schema.registry.ssl.truststore.locaton")
                .contains("Unknown");
    }

    @Test
    void invalid_values_fail_naming_the_key() {
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(
                                        config("schema.registry.url", "mock://x", "auto.register.schemas", "maybe")))
                        .getMessage())
                .contains("auto.register.schemas");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url",
                                        "mock://x",
                                        "value.subject.name.strategy",
                                        "com.example.MyStrategy")))
                        .getMessage())
                .contains("value.subject.name.strategy")
                .contains("com.example.MyStrategy");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(
                                        config("schema.registry.url", "mock://x", "max.retries", "-1")))
                        .getMessage())
                .contains("max.retries");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config("schema.registry.url", "ftp://sr")))
                        .getMessage())
                .contains("schema.registry.url");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config("schema.registry.url", "mock://x,http://sr")))
                        .getMessage())
                .contains("schema.registry.url");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url",
                                        "http://sr",
                                        "schema.registry.ssl.truststore.location",
                                        "/no/such/file.jks")))
                        .getMessage())
                .contains("schema.registry.ssl.truststore.location");
    }

    @Test
    void missing_url_fails_naming_it() {
        ConfigException error = catchThrowableOfType(ConfigException.class, () -> AvroSerdeConfig.from(Map.of()));

        assertThat(error.getMessage()).contains("schema.registry.url");
    }

    @Test
    void basic_auth_from_user_info() {
        AvroSerdeConfig config = AvroSerdeConfig.from(config(
                "schema.registry.url",
                "https://sr",
                "basic.auth.credentials.source",
                "USER_INFO",
                "basic.auth.user.info",
                "alice:s3cret"));

        assertThat(http(config).settings().auth()).isEqualTo(RegistryAuth.basic("alice:s3cret"));
        assertThat(config.toString()).contains("alice").doesNotContain("s3cret");
    }

    @Test
    void basic_auth_from_the_url_is_taken_out_of_the_url() {
        AvroSerdeConfig config = AvroSerdeConfig.from(config("schema.registry.url", "https://bob:pa%3Ass@sr:8081"));

        assertThat(http(config).settings().auth()).isEqualTo(RegistryAuth.basic("bob:pa:ss"));
        assertThat(http(config).settings().urls()).containsExactly(URI.create("https://sr:8081"));
        assertThat(config.toString()).doesNotContain("pa:ss").doesNotContain("pa%3Ass");
    }

    @Test
    void bearer_token() {
        AvroSerdeConfig config = AvroSerdeConfig.from(config(
                "schema.registry.url",
                "https://sr",
                "bearer.auth.credentials.source",
                "STATIC_TOKEN",
                "bearer.auth.token",
                "tok-123"));

        assertThat(http(config).settings().auth()).isEqualTo(RegistryAuth.bearer("tok-123"));
        assertThat(config.toString()).doesNotContain("tok-123");
    }

    @Test
    void auth_misconfigurations_fail_naming_the_key() {
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url",
                                        "https://sr",
                                        "basic.auth.credentials.source",
                                        "USER_INFO")))
                        .getMessage())
                .contains("basic.auth.user.info");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url", "https://sr", "basic.auth.user.info", "alice:s3cret")))
                        .getMessage())
                .contains("basic.auth.credentials.source")
                .doesNotContain("s3cret");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url",
                                        "https://sr",
                                        "bearer.auth.credentials.source",
                                        "STATIC_TOKEN")))
                        .getMessage())
                .contains("bearer.auth.token");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url",
                                        "https://sr",
                                        "bearer.auth.credentials.source",
                                        "SASL_INHERIT",
                                        "bearer.auth.token",
                                        "t")))
                        .getMessage())
                .contains("bearer.auth.credentials.source");
        assertThat(catchThrowableOfType(
                                ConfigException.class,
                                () -> AvroSerdeConfig.from(config(
                                        "schema.registry.url",
                                        "https://sr",
                                        "basic.auth.credentials.source",
                                        "USER_INFO",
                                        "basic.auth.user.info",
                                        "a:b",
                                        "bearer.auth.token",
                                        "t")))
                        .getMessage())
                .contains("bearer.auth.token")
                .contains("choose one");
    }

    @Test
    void known_keys_are_listed() {
        assertThat(AvroSerdeConfig.knownKeys())
                .contains(
                        "schema.registry.url",
                        "auto.register.schemas",
                        "use.latest.version",
                        "key.subject.name.strategy",
                        "value.subject.name.strategy",
                        "normalize.schemas",
                        "basic.auth.credentials.source",
                        "basic.auth.user.info",
                        "bearer.auth.token",
                        "schema.registry.ssl.truststore.location",
                        "schema.registry.ssl.truststore.password",
                        "schema.registry.ssl.truststore.type",
                        "schema.registry.max.retries");
        assertThat(List.copyOf(AvroSerdeConfig.knownKeys())).doesNotHaveDuplicates();
    }
}
