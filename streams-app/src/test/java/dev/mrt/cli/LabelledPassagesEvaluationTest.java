package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The team's own labelled passages (test resources, written by the team) through `evaluate`, with a floor. */
class LabelledPassagesEvaluationTest {
    private static final String TAXONOMY = Path.of(System.getProperty("mrt.repo.root", ".."), "config", "taxonomy")
            .toString();

    @Test
    void ownPassagesStayAboveTheFloor() throws URISyntaxException {
        Path gold = Path.of(getClass().getResource("/tagging/labelled.jsonl").toURI());
        CommandRunner.Result r = CommandRunner.run(
                "",
                "evaluate",
                "--gold",
                gold.toString(),
                "--verbose",
                "--min-f1",
                "events=0.90,notes=0.93,links=0.90",
                "--taxonomy",
                TAXONOMY);
        System.out.println(r.out());
        assertThat(r.out()).contains("passages=101");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }
}
