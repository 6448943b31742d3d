package dev.mrt.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.config.AppConfig;
import dev.mrt.config.ConfigException;
import dev.mrt.config.ConfigLoader;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.TaggerVersion;
import dev.mrt.tagging.learned.ShippedModel;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code tagger.model} decides whether the pipeline's tagger consults the shipped model. */
class TaggerModelSettingTest {
    private static final Path ROOT = Path.of(System.getProperty("mrt.repo.root", ".."));

    private static AppConfig config(String model) {
        return new ConfigLoader(ROOT, Map.of())
                .load(
                        null,
                        null,
                        Map.of("taxonomy.dir", ROOT.resolve("config/taxonomy").toString(), "tagger.model", model));
    }

    @Test
    void offTagsWithTheRulesAloneAndShippedWithTheModelTheJarShips() {
        ArticleTagger off = Pipeline.taggerFor(config("off"));
        ArticleTagger shipped = Pipeline.taggerFor(config("shipped"));
        assertThat(off.model().consulted()).isFalse();
        assertThat(off.taggerVersion()).isEqualTo(TaggerVersion.get());
        assertThat(shipped.model().consulted()).isTrue();
        assertThat(shipped.taggerVersion())
                .isEqualTo(TaggerVersion.get() + "+"
                        + ShippedModel.get().orElseThrow().version());
    }

    @Test
    void anotherValueFailsAtStartUpNamingTheKey() {
        assertThatThrownBy(() -> config("on"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("tagger.model");
    }
}
