package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAXONOMY = Path.of(System.getProperty("mrt.repo.root", ".."), "config", "taxonomy")
            .toString();
    private static final String ARTICLE =
            "{\"id\":\"a1\",\"title\":\"Yen jumps\",\"body\":\"The yen jumped after the Bank of Japan "
                    + "raised interest rates on Tuesday.\",\"published_at\":\"2024-03-20T15:00:00+09:00\",\"source\":\"x\",\"url\":\"u\"}";

    @Test
    void writesTheContractShapeOneLinePerArticleInOrder() throws Exception {
        String in = ARTICLE + "\n" + ARTICLE.replace("\"a1\"", "\"a2\"") + "\n";
        CommandRunner.Result r = CommandRunner.run(in, "tag", "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode a1 = JSON.readTree(lines.get(0));
        assertThat(a1.get("id").asText()).isEqualTo("a1");
        assertThat(JSON.readTree(lines.get(1)).get("id").asText()).isEqualTo("a2");
        JsonNode e = a1.get("political_events").get(0);
        assertThat(e.get("id").asText()).isEqualTo("e1");
        assertThat(e.get("type").asText()).isEqualTo("monetary.policy_decision");
        assertThat(e.get("countries").get(0).asText()).isEqualTo("JP");
        assertThat(e.get("event_date").asText()).isEqualTo("2024-03-19");
        JsonNode n = a1.get("market_notes").get(0);
        assertThat(n.get("id").asText()).isEqualTo("n1");
        assertThat(n.get("asset").asText()).isEqualTo("USDJPY");
        assertThat(n.get("direction").asText()).isEqualTo("down");
        assertThat(n.get("modality").asText()).isEqualTo("realized");
        assertThat(n.has("attribution")).isTrue();
        JsonNode ev = n.get("evidence");
        String full = "Yen jumps\n\nThe yen jumped after the Bank of Japan raised interest rates on Tuesday.";
        assertThat(full.substring(ev.get("start").asInt(), ev.get("end").asInt()))
                .isEqualTo(ev.get("text").asText());
        JsonNode link = a1.get("links").get(0);
        assertThat(link.get("event").asText()).isEqualTo("e1");
        assertThat(link.get("basis").asText())
                .isIn("same_sentence", "causal_cue", "explicit_reference", "same_article");
        assertThat(a1.get("tags").toString()).contains("monetary-policy", "fx");
        assertThat(a1.get("taxonomy_version").asText()).isNotBlank();
        assertThat(a1.get("tagger_version").asText()).isNotBlank();
    }

    @Test
    void modelOffTagsWithTheRulesAloneAndSaysSoInTheTaggerVersion() throws Exception {
        String off = CommandRunner.run(ARTICLE + "\n", "tag", "--taxonomy", TAXONOMY, "--model", "off")
                .out();
        String shipped = CommandRunner.run(ARTICLE + "\n", "tag", "--taxonomy", TAXONOMY, "--model", "shipped")
                .out();
        String version = dev.mrt.tagging.TaggerVersion.get();
        assertThat(JSON.readTree(off).get("tagger_version").asText()).isEqualTo(version);
        assertThat(JSON.readTree(shipped).get("tagger_version").asText())
                .isEqualTo(version + "+"
                        + dev.mrt.tagging.learned.ShippedModel.get()
                                .orElseThrow()
                                .version());
        CommandRunner.Result bad = CommandRunner.run(ARTICLE + "\n", "tag", "--taxonomy", TAXONOMY, "--model", "on");
        assertThat(bad.exitCode()).isNotZero();
        assertThat(bad.err()).contains("--model", "shipped", "off");
    }

    @Test
    void badLinesAreReportedWithTheirNumberAndTheRestIsTagged() {
        String in = "not json\n" + ARTICLE
                + "\n{\"title\":\"no id\"}\n\n{\"id\":\"x\",\"body\":\"b\",\"published_at\":\"yesterday\"}\n";
        CommandRunner.Result r = CommandRunner.run(in, "tag", "-", "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).isEqualTo(TagCommand.EXIT_BAD_INPUT);
        assertThat(r.out().lines()).hasSize(1);
        assertThat(r.err())
                .contains("stdin:1: not JSON")
                .contains("stdin:3: missing 'id'")
                .contains("stdin:5: 'published_at' is not a timestamp: 'yesterday'");
        CommandRunner.Result lenient = CommandRunner.run(
                "{\"id\":\"d\",\"body\":\"Gold rose.\",\"published_at\":\"2024-03-01\"}\n"
                        + "{\"id\":\"t\",\"body\":\"Gold rose.\",\"published_at\":\"2024-03-01T10:00:00\"}\n",
                "tag",
                "--taxonomy",
                TAXONOMY);
        assertThat(lenient.exitCode()).isZero();
        assertThat(lenient.out().lines()).hasSize(2);
    }

    @Test
    void readsAFileAndIsDeterministic(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("in.jsonl");
        Files.writeString(file, ARTICLE + "\n");
        CommandRunner.Result first = CommandRunner.run("", "tag", file.toString(), "--taxonomy", TAXONOMY);
        CommandRunner.Result second = CommandRunner.run("", "tag", file.toString(), "--taxonomy", TAXONOMY);
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).isNotEmpty().isEqualTo(second.out());
    }

    @Test
    void badTaxonomyIsAClearError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("taxonomy.yaml"), "taxonomy_version: \"1\"\nfiles: [missing.yaml]\n");
        CommandRunner.Result r = CommandRunner.run(ARTICLE, "tag", "--taxonomy", dir.toString());
        assertThat(r.exitCode()).isEqualTo(TagCommand.EXIT_BAD_TAXONOMY);
        assertThat(r.err()).contains("missing.yaml");
        assertThat(r.out()).isEmpty();
    }
}
