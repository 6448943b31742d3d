package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String TAXONOMY = Path.of(System.getProperty("mrt.repo.root", ".."), "config", "taxonomy")
            .toString();

    private static final String GOLD = """
            {"id":"g1","title":"","body":"Gold rose after the United States imposed sanctions on Iran.","published_at":"2024-01-02T10:00:00Z","gold":{"events":[{"type":"sanctions","countries":["IR","US"]}],"notes":[{"asset":"GOLD","direction":"up","modality":"realized"}],"linked":true}}
            {"id":"g2","title":"","body":"Copper fell 2%.","published_at":null,"gold":{"events":[{"any_of":["trade.tariffs","trade.talks"],"countries":["US"]}],"notes":[{"asset":"COPPER","direction":"down","modality":"realized"},{"asset":"OIL_BRENT","direction":"up","modality":"expected"}],"linked":false}}
            """;

    @Test
    void printsTheFiguresOfScorePyAndMissesWhenVerbose(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD);
        CommandRunner.Result r =
                CommandRunner.run("", "evaluate", "--gold", gold.toString(), "--verbose", "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).isZero();
        assertThat(r.out())
                .contains("events     P=1.000 R=0.500 F1=0.667  (tp=1 fp=0 fn=1)")
                .contains("notes      P=1.000 R=0.667 F1=0.800  (tp=2 fp=0 fn=1)")
                .contains("links      accuracy=1.000 (2/2)")
                .contains("g2 events: missed=[trade.tariffs] extra=[]")
                .contains("g2 notes: missed=[OIL/up] extra=[]")
                .contains("score: events_f1=0.667 notes_f1=0.800 links_acc=1.000 passages=2");
    }

    @Test
    void exitsNonZeroUnderAThreshold(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD);
        CommandRunner.Result r = CommandRunner.run(
                "", "evaluate", "--gold", gold.toString(), "--min-f1", "events=0.9,notes=0.5", "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).isEqualTo(EvaluateCommand.EXIT_BELOW_THRESHOLD);
        assertThat(r.err())
                .contains("events=0.667 is below the threshold 0.900")
                .doesNotContain("notes=");
        CommandRunner.Result ok = CommandRunner.run(
                "",
                "evaluate",
                "--gold",
                gold.toString(),
                "--min-f1",
                "events=0.6,notes=0.5,links=1.0",
                "--taxonomy",
                TAXONOMY);
        assertThat(ok.exitCode()).isZero();
    }

    @Test
    void aFileWithoutLabelledPassagesIsAnErrorNotAPerfectScore(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"x\",\"title\":\"t\",\"body\":\"Copper fell.\",\"published_at\":null}\n");
        CommandRunner.Result r = CommandRunner.run(
                "", "evaluate", "--gold", gold.toString(), "--min-f1", "events=0.9", "--taxonomy", TAXONOMY);
        assertThat(r.exitCode()).isEqualTo(TagCommand.EXIT_BAD_INPUT);
        assertThat(r.err()).contains(":1: no 'gold' object").contains("no labelled passages to score");
        assertThat(r.out()).doesNotContain("score:");
    }
}
