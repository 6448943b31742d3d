package dev.mrt.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path work;

    @BeforeEach
    void copyDefaults() throws IOException {
        Path repo = Path.of(System.getProperty("mrt.repo.root"));
        Files.createDirectories(work.resolve("config"));
        Files.copy(repo.resolve(ConfigLoader.DEFAULTS_FILE), work.resolve(ConfigLoader.DEFAULTS_FILE));
        Files.copy(repo.resolve(ConfigLoader.LOCAL_PROFILE_FILE), work.resolve(ConfigLoader.LOCAL_PROFILE_FILE));
    }

    private ConfigLoader loader(Map<String, String> env) {
        return new ConfigLoader(work, env);
    }

    @Test
    void defaultsFileHoldsExactlyTheKnownSettings() throws IOException {
        Properties defaults = new Properties();
        try (var in = Files.newInputStream(work.resolve(ConfigLoader.DEFAULTS_FILE))) {
            defaults.load(in);
        }
        Set<String> known = Arrays.stream(Setting.values()).map(Setting::key).collect(Collectors.toSet());
        Set<String> inFile = defaults.stringPropertyNames().stream()
                .filter(k -> !k.startsWith(Setting.KAFKA_PREFIX))
                .collect(Collectors.toSet());
        assertThat(inFile).isEqualTo(known);
    }

    @Test
    void layersApplyInOrderDefaultsProfileFileEnvironmentCommandLine() throws IOException {
        Path user = work.resolve("user.properties");
        Files.writeString(user, "http.port=8100\ntopic.partitions=8\napplication.id=from-file\n");
        Map<String, String> env = Map.of("MRT_HTTP_PORT", "8200", "MRT_APPLICATION_ID", "from-env");

        AppConfig cfg = loader(env).load(ConfigLoader.LOCAL_PROFILE_FILE, user, Map.of("application.id", "from-cli"));

        assertThat(cfg.string(Setting.TOPIC_ARTICLES)).isEqualTo("news.articles.v1"); // defaults
        assertThat(cfg.string(Setting.SCHEMA_REGISTRY_URL)).isEqualTo("mock://local"); // profile
        assertThat(cfg.integer(Setting.TOPIC_PARTITIONS)).isEqualTo(8); // --config file
        assertThat(cfg.integer(Setting.HTTP_PORT)).isEqualTo(8200); // environment
        assertThat(cfg.string(Setting.APPLICATION_ID)).isEqualTo("from-cli"); // command line
        assertThat(cfg.origin("http.port").describe()).isEqualTo("environment variable MRT_HTTP_PORT");
        assertThat(cfg.origin("topic.partitions").describe()).isEqualTo(user + ":2");
    }

    @Test
    void badValueInAFileNamesFileLineAndKey() throws IOException {
        Path user = work.resolve("bad.properties");
        Files.writeString(user, "# comment\n\nhttp.port=8100\ndedup.retention=seven days\n");

        assertThatThrownBy(() -> loader(Map.of()).load(null, user, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(user + ":4")
                .hasMessageContaining("dedup.retention")
                .hasMessageContaining("seven days");
    }

    @Test
    void unknownKeyIsRejectedWithItsOrigin() throws IOException {
        Path user = work.resolve("typo.properties");
        Files.writeString(user, "http.prot=8100\n");
        assertThatThrownBy(() -> loader(Map.of()).load(null, user, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(user + ":1")
                .hasMessageContaining("http.prot")
                .hasMessageContaining("unknown setting");
    }

    @Test
    void badEnvironmentVariableIsNamed() {
        assertThatThrownBy(() -> loader(Map.of("MRT_HTTP_PORT", "eighty")).load(null, null, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("environment variable MRT_HTTP_PORT")
                .hasMessageContaining("http.port");
    }

    @Test
    void kafkaAndRegistrySettingsPassThroughAndSecretsAreHidden() {
        Map<String, String> env = new HashMap<>();
        env.put("MRT_KAFKA_NUM_STREAM_THREADS", "3");
        env.put("MRT_BASIC_AUTH_USER_INFO", "alice:s3cret");
        AppConfig cfg = loader(env).load(null, null, Map.of());

        assertThat(cfg.kafkaOverrides()).containsEntry("num.stream.threads", "3");
        assertThat(cfg.serdeConfig())
                .containsEntry("basic.auth.user.info", "alice:s3cret")
                .containsEntry("schema.registry.url", "http://localhost:8081");
        assertThat(cfg.toString()).doesNotContain("s3cret").contains("basic.auth.user.info=[hidden]");
    }

    @Test
    void durationsAcceptShorthandAndIso() {
        assertThat(ValueType.DURATION.parse("7d")).isEqualTo(Duration.ofDays(7));
        assertThat(ValueType.DURATION.parse("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThat(ValueType.DURATION.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThatThrownBy(() -> ValueType.DURATION.parse("5 weeks")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void missingUserFileIsReported() {
        Path missing = work.resolve("nope.properties");
        assertThatThrownBy(() -> loader(Map.of()).load(null, missing, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void environmentNamesMapBothWays() {
        assertThat(ConfigLoader.keyOfEnvironmentVariable("MRT_TOPIC_MARKET_NOTES"))
                .isEqualTo("topic.market.notes");
        assertThat(ConfigLoader.environmentVariableOf("link.window.grace")).isEqualTo("MRT_LINK_WINDOW_GRACE");
    }
}
