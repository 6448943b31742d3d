package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Magnitude;
import dev.mrt.tagging.taxonomy.Modality;
import org.junit.jupiter.api.Test;

class NegationAndHedgingTest {
    @Test
    void negatedMoveIsNotNoted() {
        Tags t = TestTaggers.tag("Treasury yields did not rise after the report.");
        assertThat(t.notes()).noneMatch(n -> n.asset().startsWith("UST") && n.direction() == Direction.UP);
    }

    @Test
    void doubtedMoveIsNotNoted() {
        assertThat(TestTaggers.tag("Traders doubt the yuan will fall much further.")
                        .notes())
                .isEmpty();
    }

    @Test
    void failedMoveIsNotNoted() {
        assertThat(TestTaggers.tag("The euro failed to rally on the data.").notes())
                .isEmpty();
    }

    @Test
    void hedgedMoveIsExpected() {
        NoteFinding n = TestTaggers.note(TestTaggers.tag("Copper is likely to climb as supply tightens."), "COPPER");
        assertThat(n.direction()).isEqualTo(Direction.UP);
        assertThat(n.modality()).isEqualTo(Modality.EXPECTED);
    }

    @Test
    void conditionalMoveIsConditional() {
        NoteFinding n = TestTaggers.note(TestTaggers.tag("If the talks collapse, oil could plunge below $60."), "OIL");
        assertThat(n.direction()).isEqualTo(Direction.DOWN);
        assertThat(n.modality()).isEqualTo(Modality.CONDITIONAL);
    }

    @Test
    void unlikelyMoveIsNotNoted() {
        assertThat(TestTaggers.tag("Analysts said stocks are unlikely to rally before the vote.")
                        .notes())
                .isEmpty();
    }

    @Test
    void invertedAndTrailingConditions() {
        NoteFinding euro =
                TestTaggers.note(TestTaggers.tag("Should the ECB cut rates in June, the euro could weaken."), "EURUSD");
        assertThat(euro.modality()).isEqualTo(Modality.CONDITIONAL);
        NoteFinding oil =
                TestTaggers.note(TestTaggers.tag("Oil may climb toward $100 unless OPEC raises output."), "OIL");
        assertThat(oil.modality()).isEqualTo(Modality.CONDITIONAL);
        NoteFinding gold = TestTaggers.note(TestTaggers.tag("Gold rose on Monday, even if gains were modest."), "GOLD");
        assertThat(gold.modality()).isEqualTo(Modality.REALIZED);
    }

    @Test
    void textWithoutMarketContentHasNoNotes() {
        Tags t = TestTaggers.tag(
                "The mayor opened a new library on Saturday and thanked the volunteers who rose early.");
        assertThat(t.notes()).isEmpty();
        assertThat(t.events()).isEmpty();
    }

    @Test
    void magnitudeFromTheMoveWordAndItsAdverb() {
        assertThat(TestTaggers.note(TestTaggers.tag("Gold edged higher."), "GOLD")
                        .magnitude())
                .isEqualTo(Magnitude.SMALL);
        assertThat(TestTaggers.note(TestTaggers.tag("Silver plunged."), "SILVER")
                        .magnitude())
                .isEqualTo(Magnitude.LARGE);
        assertThat(TestTaggers.note(TestTaggers.tag("Wheat rose sharply."), "WHEAT")
                        .magnitude())
                .isEqualTo(Magnitude.LARGE);
    }

    @Test
    void attributionAfterAccordingTo() {
        NoteFinding n = TestTaggers.note(
                TestTaggers.tag("The Kospi could drop further, according to Samsung Securities."), "KOSPI");
        assertThat(n.attribution()).isEqualTo("Samsung Securities");
    }

    @Test
    void moveOfANonAssetIsNotPinnedOnAnEarlierAsset() {
        Tags t = TestTaggers.tag("Stocks were steady while inflation rose again.");
        assertThat(t.notes()).noneMatch(n -> n.direction() == Direction.UP);
        assertThat(TestTaggers.tag("Gold traders watched nervously as the death toll rose.")
                        .notes())
                .isEmpty();
    }
}
