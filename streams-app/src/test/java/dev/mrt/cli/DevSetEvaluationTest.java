package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Runs `evaluate` on ../shared/eval/dev.jsonl when it exists and fails under the floor in
 * config/eval/dev-floor.properties (a ratchet).
 */
class DevSetEvaluationTest {
    private static final Path ROOT = Path.of(System.getProperty("mrt.repo.root", ".."));
    private static final Path DEV = ROOT.resolve("../shared/eval/dev.jsonl");

    @Test
    void devSetStaysAboveTheRecordedFloor() throws Exception {
        assumeTrue(Files.isRegularFile(DEV), "dev set not present: " + DEV);
        Properties floor = new Properties();
        try (Reader r = Files.newBufferedReader(ROOT.resolve("config/eval/dev-floor.properties"))) {
            floor.load(r);
        }
        String thresholds = "events=" + floor.getProperty("events_f1") + ",notes=" + floor.getProperty("notes_f1")
                + ",links=" + floor.getProperty("links_acc");
        CommandRunner.Result r = CommandRunner.run(
                "",
                "evaluate",
                "--gold",
                DEV.toString(),
                "--verbose",
                "--min-f1",
                thresholds,
                "--taxonomy",
                ROOT.resolve("config/taxonomy").toString());
        System.out.println(r.out());
        assertThat(r.out()).contains("score: events_f1=");
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }
}
