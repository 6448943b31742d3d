package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.testing.RecordShapes;
import dev.mrt.testing.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local --once}: the samples go through, the dashboard's address is printed on standard
 * error only, and each sample comes out with the findings {@code tag} gives it, field for field.
 */
@Tag("integration")
class LocalCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    @Test
    void printsTheDashboardUrlOnStandardErrorAndOnlyJsonOnStandardOutputWithTagsFindings() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        int exit;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = MrtCommand.execute(
                    "local",
                    "--once",
                    "--timeout",
                    "120s",
                    "--data-dir",
                    data.toString(),
                    "--set",
                    "http.port=0",
                    "--set",
                    "local.samples.dir=" + TestConfigs.repoRoot().resolve("config/samples"));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        String errText = err.toString(StandardCharsets.UTF_8);
        String outText = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(errText).isZero();
        Matcher url = Pattern.compile("(?m)^Dashboard: http://127\\.0\\.0\\.1:(\\d+)/$")
                .matcher(errText);
        assertThat(url.find()).as(errText).isTrue();
        assertThat(Integer.parseInt(url.group(1))).isPositive().isNotEqualTo(8080);
        assertThat(outText).doesNotContain("Dashboard");
        assertThat(outText.lines().toList())
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).startsWith("{\"id\":"));

        Path samples = TestConfigs.repoRoot().resolve("config/samples/articles.jsonl");
        CommandRunner.Result tagged = CommandRunner.run(
                "",
                "tag",
                samples.toString(),
                "--taxonomy",
                TestConfigs.repoRoot().resolve("config/taxonomy").toString());
        assertThat(tagged.exitCode()).as(tagged.err()).isZero();
        Map<String, JsonNode> local = byId(outText);
        Map<String, JsonNode> tag = byId(tagged.out());
        assertThat(local.keySet()).isEqualTo(tag.keySet());
        for (String id : tag.keySet()) {
            JsonNode t = tag.get(id);
            JsonNode l = local.get(id);
            assertThat(RecordShapes.keys(l)).as(id).containsAll(RecordShapes.keys(t));
            for (String findings : List.of("political_events", "market_notes", "links")) {
                assertThat(RecordShapes.keysOfEach(l.path(findings)))
                        .as("%s %s", id, findings)
                        .isEqualTo(RecordShapes.keysOfEach(t.path(findings)));
                assertThat(l.path(findings)).as("%s %s", id, findings).isEqualTo(t.path(findings));
            }
        }
    }

    private static Map<String, JsonNode> byId(String jsonLines) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : jsonLines.lines().toList()) {
            JsonNode n = JSON.readTree(line);
            out.put(n.path("id").asText(), n);
        }
        return out;
    }
}
