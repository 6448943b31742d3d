package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final String TAXONOMY = Path.of(System.getProperty("mrt.repo.root", ".."), "config", "taxonomy")
            .toString();

    private static final String GOLD = """
            {"id":"g1","title":"","body":"Gold rose after the United States imposed sanctions on Iran.","published_at":"2024-01-02T10:00:00Z","gold":{"events":[{"type":"sanctions","countries":["IR","US"]}],"notes":[{"asset":"GOLD","direction":"up","modality":"realized"}],"linked":true}}
            {"id":"g2","title":"","body":"Copper fell 2%.","published_at":null,"gold":{"events":[{"any_of":["trade.tariffs","trade.talks"],"countries":["US"]}],"notes":[{"asset":"COPPER","direction":"down","modality":"realized"},{"asset":"OIL_BRENT","direction":"up","modality":"expected"}],"linked":false}}
            """;

    /** GOLD and a passage whose gold type is guidance where the tagger reads a decision. */
    private static final String GOLD_WITH_CONFUSION = GOLD + """
            {"id":"g3","title":"","body":"The Bank of Japan raised interest rates on Tuesday and the yen strengthened.","published_at":"2024-03-19T10:00:00+09:00","gold":{"events":[{"type":"monetary.guidance","countries":["JP"]}],"notes":[{"asset":"USDJPY","direction":"down","modality":"realized"}],"linked":true}}
            """;

    /** The row of a table that starts with this name, split into its columns. */
    private static List<String> row(String out, String name) {
        return out.lines()
                .filter(l -> l.startsWith(name + " "))
                .findFirst()
                .map(l -> List.of(l.trim().split("\\s+")))
                .orElseThrow(() -> new AssertionError("no row " + name + " in\n" + out));
    }

    /** {@code evaluate} of this labelled file against these release figures. */
    private static CommandRunner.Result evaluate(Path gold, Path release, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "evaluate", "--gold", gold.toString(), "--taxonomy", TAXONOMY, "--release", release.toString()));
        args.addAll(List.of(more));
        return CommandRunner.run("", args.toArray(String[]::new));
    }

    @Test
    void figuresPerEventTypeAndAssetClassAddUpToTheTotalsAndConfusionsAreListed(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, GOLD_WITH_CONFUSION);
        CommandRunner.Result r = evaluate(gold, dir.resolve("none.json"));
        assertThat(r.exitCode()).isZero();
        String out = r.out();
        // name, P, R, F1, support, tp, fp, fn, release F1
        assertThat(row(out, "sanctions"))
                .containsExactly("sanctions", "1.000", "1.000", "1.000", "1", "1", "0", "0", "-");
        assertThat(row(out, "trade.tariffs"))
                .containsExactly("trade.tariffs", "1.000", "0.000", "0.000", "1", "0", "0", "1", "-");
        assertThat(row(out, "monetary.guidance").subList(4, 8)).containsExactly("1", "0", "0", "1");
        assertThat(row(out, "monetary.policy_decision").subList(4, 8)).containsExactly("0", "0", "1", "0");
        assertThat(row(out, "commodity").subList(4, 8)).containsExactly("3", "2", "0", "1");
        assertThat(row(out, "fx").subList(4, 8)).containsExactly("1", "1", "0", "0");
        assertThat(out).containsPattern("\\n  monetary\\.guidance -> monetary\\.policy_decision +1  g3\\n");
        assertThat(out).containsPattern("\\n  trade\\.tariffs -> \\(missed\\) +1  g2\\n");
        assertThat(out).contains("events     P=0.500 R=0.333 F1=0.400  (tp=1 fp=1 fn=2)");

        // The split adds up to the totals, whatever the passages.
        int[] sum = new int[3];
        for (String type : List.of("sanctions", "trade.tariffs", "monetary.guidance", "monetary.policy_decision")) {
            List<String> cols = row(out, type);
            for (int i = 0; i < 3; i++) {
                sum[i] += Integer.parseInt(cols.get(5 + i));
            }
        }
        assertThat(sum).containsExactly(1, 1, 2);
        assertThat(out).contains("release: no figures saved for gold.jsonl");
    }

    @Test
    void savedReleaseFiguresArePrintedBesideLaterRuns(@TempDir Path dir) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Path release = dir.resolve("release-figures.json");
        Files.writeString(gold, GOLD);
        CommandRunner.Result saved = evaluate(gold, release, "--save-release");
        assertThat(saved.exitCode()).isZero();
        assertThat(release).exists();
        assertThat(saved.err()).contains("saved these figures as the release's for gold.jsonl");

        CommandRunner.Result same = evaluate(gold, release);
        assertThat(row(same.out(), "sanctions")).endsWith("1.000", "=");
        assertThat(same.out())
                .contains("release: events_f1=0.667 notes_f1=0.800 links_acc=1.000 passages=2 (tagger ")
                .doesNotContain("has changed");

        // A labelled file that grew since: the release is still shown, with the change and a warning.
        Files.writeString(gold, GOLD_WITH_CONFUSION);
        CommandRunner.Result later = evaluate(gold, release);
        assertThat(row(later.out(), "trade.tariffs")).endsWith("0.000", "=");
        assertThat(row(later.out(), "commodity")).endsWith("0.800", "=");
        assertThat(row(later.out(), "monetary.guidance")).endsWith("-");
        assertThat(later.out())
                .contains("score: events_f1=0.400")
                .contains("release: events_f1=0.667")
                .contains("the labelled file has changed since");
        // Saving again keeps the figures of other labelled files.
        Path other = dir.resolve("other.jsonl");
        Files.writeString(other, GOLD);
        evaluate(other, release, "--save-release");
        assertThat(Files.readString(release)).contains("\"gold.jsonl\"").contains("\"other.jsonl\"");
    }

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
