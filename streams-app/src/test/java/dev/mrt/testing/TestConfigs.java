package dev.mrt.testing;

import java.nio.file.Path;
import java.util.Map;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigLoader;

/** Configurations for tests, read from the repository's own config/ files. */
public final class TestConfigs {

    private TestConfigs() {
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("mrt.repo.root", "..")).toAbsolutePath().normalize();
    }

    /** The local profile, plus overrides. */
    public static AppConfig local(Map<String, String> overrides) {
        return new ConfigLoader(repoRoot(), Map.of()).load(ConfigLoader.LOCAL_PROFILE_FILE, null, overrides);
    }

    public static AppConfig local() {
        return local(Map.of());
    }
}
