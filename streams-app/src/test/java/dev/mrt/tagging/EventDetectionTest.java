package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventDetectionTest {
    private static List<String> types(String body) {
        return TestTaggers.tag(body).events().stream().map(EventFinding::type).toList();
    }

    @Test
    void leadersMeetingIsASummitOfficialsMeetingIsTalks() {
        assertThat(types("President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Tuesday."))
                .containsExactly("diplomacy.summit");
        assertThat(types("Sergei Lavrov met Antony Blinken in Geneva for talks."))
                .containsExactly("diplomacy.official_talks");
    }

    @Test
    void callNeedsTwoLeaders() {
        assertThat(types("Narendra Modi spoke by phone with Vladimir Putin on Friday."))
                .containsExactly("diplomacy.leader_call");
        assertThat(types("The prime minister called on voters in Britain to stay calm."))
                .isEmpty();
    }

    @Test
    void negatedHypotheticalAndBackgroundTriggersDoNotCount() {
        assertThat(types("Officials said there were no plans for a meeting between Xi Jinping and Joe Biden."))
                .isEmpty();
        assertThat(types("A summit between Modi and Xi would be the first since 2019."))
                .isEmpty();
        assertThat(types("Since Javier Milei's inauguration, Argentina has cut spending."))
                .doesNotContain("government.leadership_change");
        assertThat(types("If Russia and Ukraine agree to talks, oil may fall.")).isEmpty();
    }

    @Test
    void governmentSpeakingAboutAForeignCountryIsAStatement() {
        assertThat(types("President Trump said China was not playing fair.")).containsExactly("diplomacy.statement");
        assertThat(types("President Trump said the economy was strong.")).isEmpty();
    }

    @Test
    void centralBankerSpeakingIsGuidanceEvenAboutCuts() {
        assertThat(types("Christine Lagarde said the ECB is in no hurry to cut rates."))
                .containsExactly("monetary.guidance");
    }

    @Test
    void centralBankActionIsADecisionInItsCountry() {
        List<EventFinding> events = TestTaggers.tag("Banxico cut its benchmark rate by a quarter point.")
                .events();
        assertThat(events).extracting(EventFinding::type).containsExactly("monetary.policy_decision");
        assertThat(events.get(0).countries()).containsExactly("MX");
    }

    @Test
    void manyKindsOfEvents() {
        assertThat(types("Washington imposed sanctions on Russian banks.")).contains("sanctions");
        assertThat(types("The Commerce Department tightened export controls on chips to China."))
                .contains("trade.export_controls");
        assertThat(types("Voters in Mexico went to the polls in a presidential election."))
                .contains("election");
        assertThat(types("Japan's parliament passed a record stimulus package."))
                .contains("fiscal.policy");
        assertThat(types("Fitch downgraded Italy's credit rating.")).contains("fiscal.rating_action");
        assertThat(types("Israel launched airstrikes on targets in Lebanon.")).contains("conflict.military");
        assertThat(types("China staged military drills near Taiwan.")).contains("conflict.tension");
        assertThat(types("South Korea's parliament voted to impeach the president."))
                .contains("government.crisis");
        assertThat(types("Shanghai imposed a strict lockdown in China's financial hub."))
                .contains("public_health.policy");
        assertThat(types("Beijing launched an antitrust probe into Chinese tech giants."))
                .contains("regulation.action");
    }
}
