package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.testing.RecordShapes;
import dev.mrt.testing.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code local --once --links}: the samples go through every stage, nothing is late, the
 * dashboard's address is printed on standard error only, each sample comes out with the findings
 * {@code tag} gives it, field for field, and five runs (each with its own broker, so its own
 * interleaving of the partitions) print the same enriched articles and links.
 */
@Tag("integration")
class LocalCommandTest {
    private static final int RUNS = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {}

    private Run local(Path dir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int exit = MrtCommand.execute(
                    "local",
                    "--once",
                    "--links",
                    "--timeout",
                    "120s",
                    "--data-dir",
                    dir.toString(),
                    "--set",
                    "http.port=0",
                    "--set",
                    "local.samples.dir=" + TestConfigs.repoRoot().resolve("config/samples"));
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }

    /** What a run printed, as sorted JSON lines, without what says when it ran. */
    private static List<String> printed(String out) throws Exception {
        TreeSet<String> lines = new TreeSet<>();
        for (String line : out.lines().toList()) {
            JsonNode n = JSON.readTree(line);
            if (n.has("processing_time")) {
                ((ObjectNode) n).remove("processing_time");
            }
            lines.add(JSON.writeValueAsString(n));
        }
        return new ArrayList<>(lines);
    }

    @Test
    void fiveRunsPrintTheSameArticlesAndLinksAndNothingIsLate() throws Exception {
        List<String> first = null;
        for (int i = 0; i < RUNS; i++) {
            Run run = local(data.resolve("run-" + i));
            assertThat(run.exit()).as(run.err()).isZero();
            Matcher url = Pattern.compile("(?m)^Dashboard: http://127\\.0\\.0\\.1:(\\d+)/$")
                    .matcher(run.err());
            assertThat(url.find()).as(run.err()).isTrue();
            assertThat(Integer.parseInt(url.group(1))).isPositive().isNotEqualTo(8080);
            assertThat(run.out()).doesNotContain("Dashboard");
            // The logs are in what was captured (so their absence of late dead letters and errors means something).
            assertThat(run.err()).contains("Linking and statistics caught up");
            assertThat(run.err()).doesNotContain("(late)").doesNotContain(" ERROR ");
            List<String> lines = run.out().lines().toList();
            assertThat(lines.stream().filter(l -> l.startsWith("{\"id\":"))).hasSize(25);
            assertThat(lines.stream().filter(l -> l.startsWith("{\"note_id\":")))
                    .isNotEmpty();
            assertThat(lines).allSatisfy(l -> assertThat(l).matches("\\{\"(id|note_id)\":.*"));
            List<String> printed = printed(run.out());
            if (first == null) {
                first = printed;
            } else {
                assertThat(printed).as("run " + (i + 1)).isEqualTo(first);
            }
        }
        assertThat(first).isNotNull();
        sameFindingsAsTag(articles(first));
    }

    /** Each enriched article printed by {@code local} has the findings {@code tag} gives its sample. */
    private static void sameFindingsAsTag(Map<String, JsonNode> local) throws Exception {
        Path samples = TestConfigs.repoRoot().resolve("config/samples/articles.jsonl");
        CommandRunner.Result tagged = CommandRunner.run(
                "",
                "tag",
                samples.toString(),
                "--taxonomy",
                TestConfigs.repoRoot().resolve("config/taxonomy").toString());
        assertThat(tagged.exitCode()).as(tagged.err()).isZero();
        Map<String, JsonNode> tag = articles(tagged.out().lines().toList());
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

    /** The enriched articles among JSON lines, by id. */
    private static Map<String, JsonNode> articles(List<String> jsonLines) throws Exception {
        Map<String, JsonNode> out = new TreeMap<>();
        for (String line : jsonLines) {
            JsonNode n = JSON.readTree(line);
            if (n.has("id")) {
                out.put(n.path("id").asText(), n);
            }
        }
        return out;
    }
}
