package dev.mrt.tagging.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mrt.tagging.TestTaggers;
import dev.mrt.tagging.text.Token;
import dev.mrt.tagging.text.Tokenizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading a taxonomy written for the test: a good one loads, and each kind of mistake fails
 * naming the file, the line Jackson read it on, and the key. Lines are looked up in the text
 * written, so a fixture edit cannot make a test pass by accident.
 */
class TaxonomyLoaderTest {
    private static final String INDEX = """
            taxonomy_version: "1.2.3"
            files: [codes.yaml]
            code_roles:
              dollar: USD
              dollar_index: DXY
              emerging_market_fx: EM_FX
              risk_sentiment: RISK_SENTIMENT
              policy_decision: monetary.policy_decision
              guidance: monetary.guidance
              statement: diplomacy.statement
              official_talks: diplomacy.official_talks
              trade_talks: trade.talks
              military_action: conflict.military
              tension: conflict.tension
              monetary_family: monetary
              diplomacy_family: diplomacy
              leader_roles: [head_of_state]
              central_banker_roles: [central_bank_governor]
            """;
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
              - {code: DXY, class: fx, countries: [US]}
              - {code: EM_FX, class: fx}
              - {code: RISK_SENTIMENT, class: sentiment}
            roles: [head_of_state, central_bank_governor]
            people:
              - {name: Joe Biden, aliases: [Biden], roles: [head_of_state], country: US}
            event_types:
              - {code: monetary.policy_decision}
              - {code: monetary.guidance}
              - {code: diplomacy.statement}
              - {code: diplomacy.official_talks}
              - {code: trade.talks}
              - {code: conflict.military}
              - {code: conflict.tension}
            """;

    @TempDir
    Path dir;

    private Path write(String index, String codes) throws IOException {
        Files.writeString(dir.resolve("taxonomy.yaml"), index);
        Files.writeString(dir.resolve("codes.yaml"), codes);
        return dir;
    }

    private Path write(String codes) throws IOException {
        return write(INDEX, codes);
    }

    /** "file:line:" (the file's name ends the path Jackson was given) of the first line of {@code text} that contains {@code needle}. */
    private static String at(String file, String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return file + ":" + (i + 1) + ":";
            }
        }
        throw new AssertionError("fixture has no line with " + needle);
    }

    @Test
    void loadsAValidTaxonomy() throws IOException {
        Taxonomy t = TaxonomyLoader.load(write(GOOD));
        assertThat(t.version()).isEqualTo("1.2.3");
        assertThat(t.familyOf("USDCNY")).isEqualTo("YUAN");
        assertThat(t.countriesOf("USDCNY")).containsExactly("CN", "US");
        assertThat(t.assetClassOf("GOLD")).isEqualTo(AssetClass.COMMODITY);
        assertThat(t.stats().people()).isEqualTo(1);
        assertThat(t.roles().dollarIndex()).isEqualTo("DXY");
        assertThat(t.roles().isMonetary("monetary.guidance")).isTrue();
        assertThat(t.roles().isMonetary("monetary")).isFalse();
        assertThat(t.roles().isDiplomacy("trade.talks")).isFalse();
        assertThat(t.roles().leaderRoles()).containsExactly("head_of_state");
    }

    @Test
    void unknownKeyNamesFileLineAndKey() throws IOException {
        String codes = GOOD.replace("{code: GOLD, class: commodity,", "{code: GOLD, class: commodity, colour: yellow,");
        Path d = write(codes);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .isInstanceOf(TaxonomyException.class)
                .hasMessageContaining(at("codes.yaml", codes, "colour"))
                .hasMessageContaining("key 'colour'")
                .hasMessageContaining("unknown key in asset (allowed: code, family, class,");
    }

    @Test
    void missingRequiredKey() throws IOException {
        String codes = GOOD.replace("  - {code: CN, names: [China], demonyms: [Chinese]}", "  - {names: [China]}");
        Path d = write(codes);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("codes.yaml", codes, "{names: [China]}"))
                .hasMessageContaining("key 'code'")
                .hasMessageContaining("missing required key in country");
    }

    @Test
    void badCode() throws IOException {
        String codes = GOOD.replace("{code: CN,", "{code: CHN,");
        Path d = write(codes);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("codes.yaml", codes, "CHN"))
                .hasMessageContaining("key 'code'")
                .hasMessageContaining("bad code 'CHN'");
    }

    @Test
    void unknownReference() throws IOException {
        String codes = GOOD.replace("family: YUAN", "family: RENMINBI");
        Path d = write(codes);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("codes.yaml", codes, "RENMINBI"))
                .hasMessageContaining("key 'family'")
                .hasMessageContaining("unknown asset 'RENMINBI'");
        String codes2 = GOOD.replace("roles: [head_of_state], country: US}", "roles: [head_of_state], country: XX}");
        Path d2 = write(codes2);
        assertThatThrownBy(() -> TaxonomyLoader.load(d2))
                .hasMessageContaining(at("codes.yaml", codes2, "country: XX"))
                .hasMessageContaining("unknown country 'XX'");
    }

    @Test
    void aliasWithTwoMeaningsFails() throws IOException {
        String codes = GOOD.replace("aliases: [Biden]", "aliases: [Biden, Gold]");
        Path d = write(codes);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("codes.yaml", codes, "Biden, Gold"))
                .hasMessageContaining("key 'aliases'")
                .hasMessageContaining("alias 'Gold' already means asset GOLD (")
                .hasMessageContaining(at("codes.yaml", codes, "[gold]") + "46)");
    }

    @Test
    void badValuesAndMissingFiles() throws IOException {
        String codes = GOOD + "directions:\n  - {phrases: [rose], direction: sideways}\n";
        Path d = write(codes);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("codes.yaml", codes, "sideways"))
                .hasMessageContaining("unknown direction 'sideways'");
        Files.writeString(dir.resolve("taxonomy.yaml"), "taxonomy_version: \"1\"\nfiles: [absent.yaml]\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(dir))
                .hasMessageContaining("absent.yaml")
                .hasMessageContaining("not found");
        Files.writeString(dir.resolve("taxonomy.yaml"), "taxonomy_version: \"1\"\nfiles: [codes.yaml]\nextra: 1\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(dir))
                .hasMessageContaining("taxonomy.yaml:3:")
                .hasMessageContaining("key 'extra'")
                .hasMessageContaining("unknown key in taxonomy index");
    }

    @Test
    void wrongShapesDuplicatesAndBrokenYamlAreReportedWhereJacksonReadThem() throws IOException {
        String notAList = GOOD.replace("{code: US, names: [United States], cased: [US]}", "{code: US, names: {a: b}}");
        Path d = write(notAList);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("codes.yaml", notAList, "{a: b}"))
                .hasMessageContaining("key 'names': expected a value");
        String notABoolean = GOOD.replace("demonyms: [Chinese]}", "demonyms: [Chinese], em: maybe}");
        Path d2 = write(notABoolean);
        assertThatThrownBy(() -> TaxonomyLoader.load(d2))
                .hasMessageContaining(at("codes.yaml", notABoolean, "em: maybe"))
                .hasMessageContaining("key 'em'");
        String duplicate = GOOD.replace("{code: GOLD, class: commodity,", "{code: GOLD, class: commodity, class: fx,");
        Path d3 = write(duplicate);
        assertThatThrownBy(() -> TaxonomyLoader.load(d3))
                .hasMessageContaining(at("codes.yaml", duplicate, "class: commodity, class: fx"))
                .hasMessageContaining("key 'class': duplicate key");
        Path d4 = write(GOOD + "tag_rules: [\n");
        assertThatThrownBy(() -> TaxonomyLoader.load(d4))
                .hasMessageContaining("codes.yaml:")
                .hasMessageContaining(": not valid YAML: while parsing a flow node");
    }

    @Test
    void aMissingRoleIsNamedWithTheLineOfTheRolesSection() throws IOException {
        String index = INDEX.replace("  tension: conflict.tension\n", "");
        Path d = write(index, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("taxonomy.yaml", index, "dollar: USD"))
                .hasMessageContaining("key 'tension': missing required key in code_roles");
        String noSection = INDEX.substring(0, INDEX.indexOf("code_roles:"));
        Path d2 = write(noSection, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d2))
                .hasMessageContaining("taxonomy.yaml:1:")
                .hasMessageContaining("key 'code_roles': missing required key in taxonomy index");
    }

    @Test
    void aRoleNamingAnUndeclaredCodeOrACodeOfTheWrongKindFails() throws IOException {
        String index = INDEX.replace("dollar_index: DXY", "dollar_index: DXZ");
        Path d = write(index, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("taxonomy.yaml", index, "DXZ"))
                .hasMessageContaining("key 'dollar_index': unknown asset 'DXZ'");
        String wrongKind = INDEX.replace("dollar: USD", "dollar: DXY");
        Path d2 = write(wrongKind, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d2))
                .hasMessageContaining(at("taxonomy.yaml", wrongKind, "dollar: DXY"))
                .hasMessageContaining("key 'dollar': unknown currency 'DXY'");
        String family = INDEX.replace("monetary_family: monetary", "monetary_family: monetar");
        Path d3 = write(family, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d3))
                .hasMessageContaining(at("taxonomy.yaml", family, "monetary_family: monetar"))
                .hasMessageContaining("key 'monetary_family': no event type of the family 'monetar'");
        String person = INDEX.replace("leader_roles: [head_of_state]", "leader_roles: [king]");
        Path d4 = write(person, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d4))
                .hasMessageContaining(at("taxonomy.yaml", person, "[king]"))
                .hasMessageContaining("key 'leader_roles': unknown role 'king'");
    }

    @Test
    void aRoleTheCodeDoesNotKnowIsAnUnknownKey() throws IOException {
        String index = INDEX.replace("code_roles:\n", "code_roles:\n  euro_index: EURUSD\n");
        Path d = write(index, GOOD);
        assertThatThrownBy(() -> TaxonomyLoader.load(d))
                .hasMessageContaining(at("taxonomy.yaml", index, "euro_index"))
                .hasMessageContaining("key 'euro_index': unknown key in code roles (allowed: dollar, dollar_index,");
    }

    @Test
    void peopleRolesDecideWhoIsALeaderOrACentralBanker() throws IOException {
        String biden = "  - {name: Joe Biden, aliases: [Biden], roles: [head_of_state], country: US}\n";
        String codes = GOOD.replace(
                biden,
                biden + "  - {name: Jerome Powell, aliases: [Powell], roles: [central_bank_governor], country: US}\n");
        PersonDef powell = person(TaxonomyLoader.load(write(codes)), "Powell");
        assertThat(powell.isCentralBanker()).isTrue();
        assertThat(powell.isLeader()).isFalse();
        String index = INDEX.replace("leader_roles: [head_of_state]", "leader_roles: [central_bank_governor]");
        PersonDef swapped = person(TaxonomyLoader.load(write(index, codes)), "Powell");
        assertThat(swapped.isLeader()).isTrue();
    }

    private static PersonDef person(Taxonomy t, String name) {
        List<Token> tokens = Tokenizer.tokenize(name, t.vocabulary());
        return t.matcher()
                .match(name, tokens, 0, tokens.size())
                .get(0)
                .get(Concept.Person.class)
                .person();
    }

    @Test
    void bundledCopyLoadsFromTheClasspath() {
        Taxonomy t = TaxonomyLoader.loadFromClasspath();
        assertThat(t.version()).isEqualTo(TestTaggers.TAGGER.taxonomyVersion());
        assertThat(t.roles()).isEqualTo(TestTaggers.TAGGER.taxonomy().roles());
    }
}
