package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Bad arguments of import, replay and compare are usage errors (exit 2), found before any connection. */
class ReplayImportCompareArgumentsTest {

    private record Run(int code, String err) {}

    private static Run run(String... args) {
        StringWriter err = new StringWriter();
        int code = MrtCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(err, true), args);
        return new Run(code, err.toString());
    }

    @Test
    void anUnreadableTimeOrReplayIdIsAUsageError() {
        assertThat(run("replay", "--from", "last tuesday")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("'last tuesday' is neither an ISO timestamp", "Usage:");
        });
        assertThat(run("replay", "--replay-id", "no spaces please").code()).isEqualTo(2);
        assertThat(run("replay", "--replay-id", "r", "--from", "2021-09-11", "--to", "2021-09-10")
                        .err())
                .contains("--from 2021-09-11T00:00:00Z must be before --to 2021-09-10T00:00:00Z");
    }

    @Test
    void anUnknownArchiveFormatOrAZeroRateIsAUsageError() {
        assertThat(run("import", "articles.txt")).satisfies(r -> {
            assertThat(r.code()).isEqualTo(2);
            assertThat(r.err()).contains("--format jsonl or --format csv");
        });
        assertThat(run("import", "articles.jsonl", "--rate", "0").code()).isEqualTo(2);
        assertThat(run("import", "articles.jsonl", "--format", "xml").err()).contains("--format must be jsonl or csv");
    }

    @Test
    void compareNeedsTwoTopicsOrAReplayId() {
        assertThat(run("compare", "reactions.enriched.v1").code()).isEqualTo(2);
        assertThat(run("compare", "a", "b", "--replay-id", "r").code()).isEqualTo(2);
    }
}
