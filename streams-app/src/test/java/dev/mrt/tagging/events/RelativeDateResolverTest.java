package dev.mrt.tagging.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.Tags;
import dev.mrt.tagging.TestTaggers;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelativeDateResolverTest {
    private static LocalDate dateOf(String body, String published) {
        Tags t = TestTaggers.tag("", body, published);
        return t.events().stream()
                .filter(e -> e.type().equals("monetary.policy_decision"))
                .findFirst()
                .orElseThrow()
                .eventDate();
    }

    @Test
    void weekdayNightInALaterStoryIsTheMostRecentSuchDay() {
        assertThat(dateOf("The Federal Reserve raised interest rates on Thursday night.", "2021-09-10T08:25:00-04:00"))
                .isEqualTo(LocalDate.of(2021, 9, 9));
    }

    @Test
    void localOffsetDecidesTheDay() {
        // 01:30 in Tokyo on a Saturday is still Friday in UTC; the story's own day counts.
        assertThat(dateOf("The Bank of Japan raised interest rates yesterday.", "2024-03-23T01:30:00+09:00"))
                .isEqualTo(LocalDate.of(2024, 3, 22));
    }

    @Test
    void sameWeekdayIsTheDayOfPublication() {
        assertThat(dateOf("The Fed cut rates on Wednesday.", "2024-09-18T15:00:00-04:00"))
                .isEqualTo(LocalDate.of(2024, 9, 18));
    }

    @Test
    void lastWeekAndAbsoluteDates() {
        assertThat(dateOf("The ECB cut rates last week.", "2024-06-13T09:00:00+02:00"))
                .isEqualTo(LocalDate.of(2024, 6, 6));
        assertThat(dateOf("On April 3, 2018, the Fed raised rates.", null)).isEqualTo(LocalDate.of(2018, 4, 3));
        assertThat(dateOf("The Bank of England raised rates on 14 December.", "2023-01-05T10:00:00Z"))
                .isEqualTo(LocalDate.of(2022, 12, 14));
    }

    @Test
    void noPublicationTimeLeavesRelativeDatesOpen() {
        assertThat(dateOf("The Fed raised rates on Monday.", null)).isNull();
    }
}
