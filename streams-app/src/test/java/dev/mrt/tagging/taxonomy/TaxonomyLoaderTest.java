package dev.mrt.tagging.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.tagging.TestTaggers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaxonomyLoaderTest {
    private static final String INDEX = "taxonomy_version: \"1.2.3\"\nfiles: [codes.yaml]\n";
    private static final String GOOD = """
            countries:
              - {code: US, names: [United States], cased: [US]}
              - {code: CN, names: [China], demonyms: [Chinese]}
            currencies:
              - {code: USD, country: US, aliases: [dollar]}
              - {code: CNY, country: CN, aliases: [yuan]}
            assets:
              - {code: YUAN, class: fx, countries: [CN]}
              - {code: USDCNY, family: YUAN, class: fx, countries: [CN, US], base: USD, quote: CNY}
              - {code: GOLD, class: commodity, aliases: [gold]}
            roles: [head_of_state]
            people:
              - {name: Joe Biden, aliases: [Biden], roles: [head_of_state], country: US}
            """;

    @TempDir
    Path dir;

    private Path write(String codes) throws IOException {
        Files.writeString(dir.resolve("taxonomy.yaml"), INDEX);
        Files.writeString(dir.resolve("codes.yaml"), codes);
        return dir;
    }

    @Test
    void loadsAValidTaxonomy() throws IOException {
        Taxonomy t = TaxonomyLoader.load(write(GOOD));
        assertThat(t.version()).isEqualTo("1.2.3");
        assertThat(t.familyOf("USDCNY")).isEqualTo("YUAN");
        assertThat(t.countriesOf("USDCNY")).containsExactly("CN", "US");
        assertThat(t.stats().people()).isEqualTo(1);
    }

    @Test
    void unknownKeyNamesFileLineAndKey() throws IOException {
        Path d =
                write(GOOD.replace("{code: GOLD, class: commodity,", "{code: GOLD, class: commodity, colour: yellow,"));
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining("codes.yaml:10:")
                .hasMessageContaining("key 'colour'")
                .hasMessageContaining("unknown key");
    }

    @Test
    void missingRequiredKey() throws IOException {
        Path d = write(GOOD.replace("  - {code: CN, names: [China], demonyms: [Chinese]}", "  - {names: [China]}"));
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining("codes.yaml:3:")
                .hasMessageContaining("key 'code'")
                .hasMessageContaining("missing");
    }

    @Test
    void badCode() throws IOException {
        Path d = write(GOOD.replace("{code: CN,", "{code: CHN,"));
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining("codes.yaml:3:")
                .hasMessageContaining("key 'code'")
                .hasMessageContaining("bad code 'CHN'");
    }

    @Test
    void unknownReference() throws IOException {
        Path d = write(GOOD.replace("family: YUAN", "family: RENMINBI"));
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining("codes.yaml:9:")
                .hasMessageContaining("key 'family'")
                .hasMessageContaining("unknown asset 'RENMINBI'");
        Path d2 = write(GOOD.replace("roles: [head_of_state], country: US}", "roles: [head_of_state], country: XX}"));
        assertThatThrownBy(() -> TaxonomyLoader.load(d2))
                .hasMessageContaining("codes.yaml:13:")
                .hasMessageContaining("unknown country 'XX'");
    }

    @Test
    void aliasWithTwoMeaningsFails() throws IOException {
        Path d = write(GOOD.replace("aliases: [Biden]", "aliases: [Biden, Gold]"));
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining("codes.yaml:13:")
                .hasMessageContaining("key 'aliases'")
                .hasMessageContaining("alias 'Gold' already means asset GOLD");
    }

    @Test
    void badValuesAndMissingFiles() throws IOException {
        Path d = write(GOOD + "directions:\n  - {phrases: [rose], direction: sideways}\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining("codes.yaml:15:")
                .hasMessageContaining("unknown direction 'sideways'");
        Files.writeString(dir.resolve("taxonomy.yaml"), "taxonomy_version: \"1\"\nfiles: [absent.yaml]\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(dir))
                .hasMessageContaining("absent.yaml")
                .hasMessageContaining("not found");
        Files.writeString(dir.resolve("taxonomy.yaml"), "taxonomy_version: \"1\"\nfiles: [codes.yaml]\nextra: 1\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(dir))
                .hasMessageContaining("taxonomy.yaml:3:")
                .hasMessageContaining("key 'extra'");
    }

    @Test
    void bundledCopyLoadsFromTheClasspath() {
        Taxonomy t = TaxonomyLoader.loadFromClasspath();
        assertThat(t.version()).isEqualTo(TestTaggers.TAGGER.taxonomyVersion());
    }
}
