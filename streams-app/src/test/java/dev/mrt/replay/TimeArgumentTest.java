package dev.mrt.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeArgumentTest {
    private static final Instant NOW = Instant.parse("2024-05-08T12:00:00Z");

    @Test
    void readsInstantsOffsetsDatesAndDurationsAgo() {
        assertThat(TimeArgument.parse("2021-09-10T12:25:00Z", NOW)).isEqualTo(Instant.parse("2021-09-10T12:25:00Z"));
        assertThat(TimeArgument.parse("2021-09-10T08:25:00-04:00", NOW))
                .isEqualTo(Instant.parse("2021-09-10T12:25:00Z"));
        assertThat(TimeArgument.parse("2021-09-10T08:25:00", NOW)).isEqualTo(Instant.parse("2021-09-10T08:25:00Z"));
        assertThat(TimeArgument.parse("2021-09-10", NOW)).isEqualTo(Instant.parse("2021-09-10T00:00:00Z"));
        assertThat(TimeArgument.parse("7d", NOW)).isEqualTo(Instant.parse("2024-05-01T12:00:00Z"));
        assertThat(TimeArgument.parse("PT30M", NOW)).isEqualTo(Instant.parse("2024-05-08T11:30:00Z"));
    }

    @Test
    void replayStartsAtEarliestOrAtATime() {
        assertThat(ReplayStart.parse("earliest", NOW)).isInstanceOf(ReplayStart.Earliest.class);
        assertThat(ReplayStart.parse("EARLIEST", NOW).instant()).isNull();
        assertThat(ReplayStart.parse("1h", NOW).instant()).isEqualTo(Instant.parse("2024-05-08T11:00:00Z"));
    }

    @Test
    void nonsenseIsRejectedWithTheFormsThatWork() {
        assertThatThrownBy(() -> TimeArgument.parse("last tuesday", NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("last tuesday")
                .hasMessageContaining("7d");
    }

    @Test
    void theWindowMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> new ReplayRequest(
                        new ReplayId("r"),
                        ReplayStart.at(Instant.parse("2021-09-11T00:00:00Z")),
                        Instant.parse("2021-09-10T00:00:00Z"),
                        null,
                        false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--from");
        var ok = new ReplayRequest(
                new ReplayId("r"), ReplayStart.earliest(), Instant.parse("2021-09-10T00:00:00Z"), null, false);
        assertThat(ok.window().contains(Instant.parse("2021-09-09T23:59:59Z").toEpochMilli()))
                .isTrue();
        assertThat(ok.window().contains(Instant.parse("2021-09-10T00:00:00Z").toEpochMilli()))
                .isFalse();
    }
}
