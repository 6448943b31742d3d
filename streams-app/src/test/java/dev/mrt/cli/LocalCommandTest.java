package dev.mrt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.testing.TestConfigs;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code local --once}: the samples go through, the dashboard's address is printed on standard error only. */
@Tag("integration")
class LocalCommandTest {
    @TempDir
    Path data;

    @Test
    void printsTheDashboardUrlOnStandardErrorAndOnlyJsonOnStandardOutput() {
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
    }
}
