package dev.mrt.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProgressTextTest {
    private final ImportProgress quarter = new ImportProgress(2_500, 2_400, 3, 1, 250, 1_000, Duration.ofSeconds(10));

    @Test
    void rateAndEtaComeFromTheShareOfTheFileRead() {
        assertThat(quarter.fraction()).isEqualTo(0.25);
        assertThat(quarter.rate()).isEqualTo(250.0);
        assertThat(quarter.eta()).isEqualTo(Duration.ofSeconds(30));
        assertThat(new ImportProgress(0, 0, 0, 0, 0, 1_000, Duration.ZERO).eta())
                .isNull();
    }

    @Test
    void theBarAndTheLineSayTheSame() {
        assertThat(ProgressText.bar(quarter, 20))
                .isEqualTo("[#####---------------]  25%  2,400 sent  3 rejected  1 failed  250/s  ETA 0:30");
        assertThat(ProgressText.line(quarter))
                .isEqualTo(
                        "import: 25% read, 2,500 records read, 2,400 sent, 3 rejected, 1 failed, 250 records/s, ETA 0:30");
        assertThat(ProgressText.clock(Duration.ofSeconds(3_725))).isEqualTo("1:02:05");
    }

    @Test
    void plainLinesComeOnlyAsOftenAsAskedButMessagesAlways() {
        long[] now = {0};
        StringWriter text = new StringWriter();
        ProgressLines lines = new ProgressLines(new PrintWriter(text), Duration.ofSeconds(5), () -> now[0]);

        lines.update(quarter);
        now[0] = Duration.ofSeconds(4).toNanos();
        lines.update(quarter);
        lines.message("line 7: missing 'body'");
        now[0] = Duration.ofSeconds(5).toNanos();
        lines.update(quarter);

        assertThat(text.toString().lines()).containsExactly("line 7: missing 'body'", ProgressText.line(quarter));
    }

    @Test
    void theTerminalBarRedrawsInPlaceAndKeepsMessagesAboveIt() {
        long[] now = {0};
        StringWriter text = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(text), () -> now[0]);

        bar.update(quarter);
        bar.update(quarter);
        bar.message("line 9: not JSON");
        bar.finish(quarter);

        String out = text.toString();
        assertThat(out.split("\r", -1))
                .as("drawn, not redrawn within 100 ms, message, final")
                .hasSize(4);
        assertThat(out).contains("line 9: not JSON" + System.lineSeparator() + "[");
        assertThat(out).endsWith(System.lineSeparator());
    }
}
