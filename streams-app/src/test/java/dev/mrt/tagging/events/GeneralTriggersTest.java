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

    @Test
    void exactTriggersDoNotMatchOtherWordsWithTheSameStem() {
        // "primaries" and "polls" are listed exact: "primary" and "poll" mean other things in market news.
        assertThat(types("Brazil's primary budget surplus narrowed, a Reuters poll of economists showed."))
                .doesNotContain("election");
        assertThat(types("Voters in Argentina go to the polls in the presidential primaries on Sunday."))
                .contains("election");
    }

    @Test
    void rateDecisionsWrittenAsAVerbOnTheRateItself() {
        assertThat(types("Hungary's central bank has reduced the base interest rate to 8.5%."))
                .contains("monetary.policy_decision");
        assertThat(types("Egypt hiked its key interest rate by 300 basis points on Thursday."))
                .contains("monetary.policy_decision");
    }

    @Test
    void pipelineAndGasSupplyHaltsAreExportControls() {
        assertThat(types("Russia shut off supplies to Finland through the pipeline on Saturday."))
                .contains("trade.export_controls");
    }

    @Test
    void anInvasionNamedAsTheCauseOfAnotherEventIsBackground() {
        assertThat(types("The EU imposed new sanctions on Belarus over its role in Russia's invasion of Ukraine."))
                .contains("sanctions")
                .doesNotContain("conflict.military");
        assertThat(types("Russia invaded Ukraine on Thursday.")).contains("conflict.military");
    }

    @Test
    void eventsDatedLastYearOrInAnEarlierMonthAreHistory() {
        assertThat(TestTaggers.tag("", "Chile's peso fell after last year's general elections.", "2024-08-14T12:00:00Z")
                        .events())
                .extracting(EventFinding::type)
                .doesNotContain("election");
        assertThat(TestTaggers.tag(
                                "",
                                "In March, Peru's parliament passed a vote of no confidence in the cabinet.",
                                "2025-10-10T12:00:00Z")
                        .events())
                .extracting(EventFinding::type)
                .doesNotContain("election");
        // The coming March in a December story is news, not history.
        assertThat(TestTaggers.tag("", "Peru will hold a general election in March.", "2025-12-10T12:00:00Z")
                        .events())
                .extracting(EventFinding::type)
                .contains("election");
    }

    @Test
    void minutesThatSuggestThePathAreGuidance() {
        assertThat(types("The Bank of England held rates, but the committee minutes suggest rates will rise sooner."))
                .contains("monetary.guidance");
    }

    @Test
    void aCentralBanksMeetingIsNoDiplomacy() {
        assertThat(
                        types(
                                "In its first meeting with Mexico's new government, the Bank of Mexico raised rates by 50 basis points."))
                .doesNotContain("diplomacy.official_talks");
    }

    @Test
    void aStimulusNamedBesideAMonetaryDecisionIsNotFiscalPolicy() {
        assertThat(
                        types(
                                "The Bank of Japan decided to end negative rates, a shift away from its huge stimulus programme."))
                .contains("monetary.policy_decision")
                .doesNotContain("fiscal.policy");
    }

    @Test
    void energyUsedAsAWeaponIsExportControls() {
        assertThat(types("Poland accused Russia of weaponising energy by cutting deliveries."))
                .contains("trade.export_controls");
    }

    @Test
    void aGovernmentBroughtDownIsACrisis() {
        assertThat(types("Romania's parliament brought down the government in a vote on Wednesday."))
                .contains("government.crisis");
    }

    @Test
    void aRoundOfTalksIsNoElectionRound() {
        assertThat(types("Canadian and Mexican negotiators ended the second round of talks in Mexico City on Tuesday."))
                .doesNotContain("election")
                .contains("diplomacy.official_talks");
    }

    @Test
    void flightBansAndDistancingRulesArePublicHealthPolicy() {
        assertThat(types("Britain banned flights from South Africa after a new variant was found."))
                .contains("public_health.policy")
                .doesNotContain("regulation.action");
    }

    @Test
    void winningSomeoneOverIsNoVictory() {
        assertThat(types("Spain's finance minister is seeking to win over Germany on the plan."))
                .doesNotContain("election");
    }

    @Test
    void anAttributionAfterAQuoteIsAStatementAboutWhatTheQuoteNames() {
        assertThat(types("Markets were calm.\n\n\u201cOur relations with Turkey are not good at this time.\u201d "
                        + "The White House said."))
                .contains("diplomacy.statement");
    }

    @Test
    void aCeasefireAgreedBetweenTwoSidesIsTalks() {
        assertThat(types("Armenia and Azerbaijan agreed to a ceasefire on Tuesday."))
                .contains("diplomacy.official_talks");
        // A ceasefire that holds is a state of affairs, and one that collapses is military action: no talks.
        assertThat(types("Gold was little changed as a ceasefire between Armenia and Azerbaijan appeared to hold."))
                .doesNotContain("diplomacy.official_talks");
        assertThat(types("The ceasefire collapsed as Azerbaijan shelled Armenian positions."))
                .contains("conflict.military");
    }

    @Test
    void exchangeRateRegimesAndReferenceRatesAreMonetaryDecisions() {
        assertThat(types("Nigeria's central bank moved to a flexible exchange rate regime on Wednesday."))
                .contains("monetary.policy_decision");
        assertThat(types("China's central bank set its daily reference rate at a weaker level on Monday."))
                .contains("monetary.policy_decision");
    }

    @Test
    void whatARetaliationAnswersIsBackground() {
        assertThat(types("Europe says Moscow is cutting gas supplies in retaliation for Western sanctions."))
                .doesNotContain("sanctions");
    }
}
