package dev.mrt.tagging.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.EventFinding;
import dev.mrt.tagging.TestTaggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Event kinds written in the many ways news writes them, in text the team wrote. */
class GeneralTriggersTest {
    private static List<String> types(String body) {
        return TestTaggers.tag(body).events().stream().map(EventFinding::type).toList();
    }

    private static EventFinding event(String body, String type) {
        return TestTaggers.tag(body).events().stream()
                .filter(e -> e.type().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in: " + body));
    }

    @Test
    void votesOfEveryKindAreElections() {
        assertThat(types("Portugal's parliament rejected the government in a confidence vote on Tuesday."))
                .contains("election");
        assertThat(types("Opinion polls show the opposition ahead in Chile.")).contains("election");
        assertThat(types("The ruling party won a two-thirds majority in Japan's lower house."))
                .contains("election");
    }

    @Test
    void leadershipChangesWithoutResign() {
        assertThat(types("Ghana's president named a new finance minister on Monday."))
                .contains("government.leadership_change");
        assertThat(types("She is set to become Japan's first female prime minister."))
                .contains("government.leadership_change");
    }

    @Test
    void talksWrittenAsNegotiatorsAndDelegations() {
        assertThat(types("Negotiators from Ukraine and Russia met in Istanbul on Friday."))
                .contains("diplomacy.official_talks");
        assertThat(types("A Chinese delegation arrived in Washington for tariff talks."))
                .contains("trade.talks");
    }

    @Test
    void rateDecisionsInTheirManyWordingsAndSignalsAboutThePath() {
        EventFinding held = event(
                "Norway's central bank kept its policy interest rate unchanged at 4.5% on Thursday.",
                "monetary.policy_decision");
        assertThat(held.countries()).containsExactly("NO");
        assertThat(types("The Riksbank struck a dovish tone, saying further easing was possible."))
                .contains("monetary.guidance");
    }

    @Test
    void supplyUsedAsLeverageIsExportControls() {
        assertThat(types("India banned exports of rice to Bangladesh.")).contains("trade.export_controls");
        assertThat(types("Russia halted gas flows to Poland, citing unpaid bills."))
                .contains("trade.export_controls");
    }

    @Test
    void lenderProgrammesAndDefaultsAreFiscalPolicy() {
        assertThat(types("Sri Lanka reached a staff-level agreement with the IMF."))
                .contains("fiscal.policy");
    }

    @Test
    void countriesComeFromTheEventNotFromAPassingMention() {
        EventFinding tariffs = event(
                "Until Washington suspends the tariffs on Chinese goods, Beijing will not help on climate, "
                        + "human rights or any other issue, including, perhaps, the war in Afghanistan.",
                "trade.tariffs");
        assertThat(tariffs.countries()).containsExactly("CN", "US");
    }

    @Test
    void aMonetaryPolicyCommitteeBelongsToTheStorysCentralBank() {
        List<EventFinding> events = TestTaggers.tag(
                        "Turkey's central bank raised its key rate to 46%. The Monetary Policy Committee said in a "
                                + "statement that it would keep policy tight.")
                .events();
        assertThat(events).allSatisfy(e -> assertThat(e.countries()).containsExactly("TR"));
    }

    @Test
    void anAnniversaryOfAnEarlierEventIsBackground() {
        assertThat(types("The sanctions come days before the anniversary of Russia's invasion of Ukraine."))
                .doesNotContain("conflict.military");
    }
}
