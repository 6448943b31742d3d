package dev.mrt.tagging.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.TestTaggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A government answering an event done to it (a reaction verb of the taxonomy) is a statement beside that event. */
class ReactionStatementTest {
    private static List<String> events(String body) {
        return TestTaggers.tag(body).events().stream()
                .map(e -> e.type() + " " + String.join(",", e.countries()))
                .toList();
    }

    @Test
    void aReactionInItsOwnSentenceIsAStatementAboutTheEventsCountries() {
        assertThat(events("Brussels placed export curbs on Indian steel on Tuesday. "
                        + "India rejected the curbs as protectionist."))
                .contains("diplomacy.statement EU,IN");
    }

    @Test
    void aReactionNamingTheEventInItsSentenceIsNotAbsorbedByIt() {
        assertThat(events("Japan's foreign ministry denounced the South Korean sanctions on Thursday."))
                .anyMatch(e -> e.startsWith("sanctions"))
                .anyMatch(e -> e.startsWith("diplomacy.statement"));
    }

    @Test
    void aPlainReportingVerbIsStillAbsorbedByTheEventOfItsSpeaker() {
        assertThat(events("Japan's foreign ministry said South Korea imposed sanctions on Japan on Thursday."))
                .noneMatch(e -> e.startsWith("diplomacy.statement"));
    }
}
