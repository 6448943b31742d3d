package dev.mrt.testing;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;
import dev.mrt.config.ConfigOrigin;
import dev.mrt.config.Setting;
import dev.mrt.embedded.EmbeddedKafka;
import dev.mrt.market.Instruments;
import dev.mrt.runtime.Pipeline;
import dev.mrt.runtime.SerdeFactories;
import dev.mrt.topology.RunIdentity;
import dev.mrt.topology.Topics;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Configurations for tests, read from the repository's own config/ files. */
public final class TestConfigs {

    private static Instruments instruments;

    private TestConfigs() {}

    public static Path repoRoot() {
        return Path.of(System.getProperty("mrt.repo.root", ".."))
                .toAbsolutePath()
                .normalize();
    }

    /** The local profile, plus overrides. */
    public static AppConfig local(Map<String, String> overrides) {
        return new ConfigLoader(repoRoot(), Map.of()).load(ConfigLoader.LOCAL_PROFILE_FILE, null, overrides);
    }

    public static AppConfig local() {
        return local(Map.of());
    }

    /** The instruments of the repository's config/taxonomy, loaded once. */
    public static synchronized Instruments instruments() {
        if (instruments == null) {
            instruments = Pipeline.instrumentsFor(local());
        }
        return instruments;
    }

    /** The topics of a configuration with its serdes (a mock:// registry in tests needs no closing). */
    public static Topics topics(AppConfig config) {
        return Topics.from(config, SerdeFactories.forConfig(config)::valueSerde);
    }

    /** Creates the topics of a configuration, as the pipeline would at start-up. */
    public static void createTopics(AppConfig config) {
        try (Pipeline p = Pipeline.create(config, RunIdentity.live())) {
            p.ensureTopics();
        }
    }

    /**
     * The local profile against an embedded broker, under its own application id and state
     * directory (tests must not share state), committing every 100 ms so results show quickly.
     */
    public static AppConfig onBroker(EmbeddedKafka kafka, String applicationId, Map<String, String> overrides) {
        Map<String, String> settings = new HashMap<>(overrides);
        settings.put(Setting.APPLICATION_ID.key(), applicationId);
        settings.putIfAbsent(
                "kafka.state.dir",
                System.getProperty("java.io.tmpdir") + "/mrt-state-" + applicationId + "-" + System.nanoTime());
        settings.putIfAbsent("kafka.commit.interval.ms", "100");
        return local(settings)
                .with(Setting.BOOTSTRAP_SERVERS.key(), kafka.bootstrapServers(), new ConfigOrigin("test", 0));
    }
}
