package dev.mrt.tagging.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.TestTaggers;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One asset, one direction per modality, unless the text says the move came in legs (issue item 5). */
class NoteConsistencyTest {
    private static List<String> notes(String body) {
        return TestTaggers.tag(body).notes().stream()
                .map(n -> n.asset() + " " + n.direction().code() + " "
                        + n.modality().code())
                .toList();
    }

    @Test
    void aFlatGlossBesideAMoveGoes() {
        assertThat(notes("The lira slumped 5% on Wednesday. Dealers said the lira was steady."))
                .containsExactly("USDTRY up realized");
    }

    @Test
    void oppositeMovesWithoutLegsKeepTheDirectionMoreSentencesState() {
        assertThat(notes("The Canadian dollar tumbled on Wednesday. The loonie fell further in the afternoon. "
                        + "The bank warned of a strengthening Canadian dollar."))
                .containsExactly("USDCAD up realized");
    }

    @Test
    void legsTheTextStatesAreKept() {
        assertThat(notes("The won slumped to a two-year low overnight. It later recovered to 1,418 per dollar."))
                .containsExactlyInAnyOrder("USDKRW up realized", "USDKRW down realized");
    }

    @Test
    void anExpectationBesideARealizedMoveIsAnotherModality() {
        assertThat(notes("The rand fell 2% on Friday. Analysts expect the rand to weaken further."))
                .containsExactlyInAnyOrder("USDZAR up realized", "USDZAR up expected");
    }

    @Test
    void membersOfOneFamilyMovingApartAreEachANote() {
        assertThat(notes("In Europe, Spain's IBEX 35 lost 0.9%, the DAX in Frankfurt added 0.4% and Paris's CAC 40 "
                        + "was barely changed."))
                .containsExactlyInAnyOrder("IBEX35 down realized", "DAX up realized", "CAC40 flat realized");
    }

    @Test
    void aBroadNoteIsStillSettledWithItsMembers() {
        assertThat(notes("European shares slid on Tuesday. European stocks dropped again at the close. "
                        + "The DAX advanced."))
                .contains("EU_EQUITIES down realized")
                .doesNotContain("EU_EQUITIES up realized");
    }

    @Test
    void aPartialRecoveryBeforeAContrastIsALegOfItsOwn() {
        assertThat(notes("Brent recouped some of its losses in the afternoon, and it was still down 9% on the day."))
                .containsExactlyInAnyOrder("OIL_BRENT up realized", "OIL_BRENT down realized");
    }

    @Test
    void aMoveAfterBeforeIsTheNextLeg() {
        assertThat(notes("Copper climbed 3% in early trade before retreating to end lower."))
                .containsExactlyInAnyOrder("COPPER up realized", "COPPER down realized");
    }

    @Test
    void anAsideBetweenCommasDoesNotCutTheSubjectOff() {
        assertThat(notes("Gold, meanwhile, held steady near $2,300 an ounce.")).containsExactly("GOLD flat realized");
    }

    @Test
    void theEarlierMoveALaterOneUndidIsNotANoteOfItsOwn() {
        assertThat(notes("The Hang Seng slid 3.1% on Tuesday, wiping out a week-long rally."))
                .containsExactly("HSI down realized");
        assertThat(notes("Gold climbed 1.5%, recouping most of last week's slump."))
                .containsExactly("GOLD up realized");
    }

    @Test
    void aMoveAnActorSetsOutToMakeIsAPurposeButAForecastStays() {
        assertThat(notes("The central bank sold dollars on Monday to support the rupee."))
                .isEmpty();
        assertThat(notes("The surprise cut is expected to weaken the rupee, traders said."))
                .containsExactly("USDINR up expected");
    }

    @Test
    void aMoveWordUsedToReportSpeechIsNotAMove() {
        assertThat(notes("The minister defended the budget, adding that the rand would recover."))
                .containsExactly("USDZAR down expected");
        assertThat(notes("The FTSE 100 added 1.2% on Friday.")).containsExactly("FTSE100 up realized");
    }
}
