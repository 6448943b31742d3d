package dev.mrt.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.links.LinkBasis;
import org.junit.jupiter.api.Test;

class LinkAndTagTest {
    @Test
    void sameSentenceWithCausalCue() {
        Tags t = TestTaggers.tag("Oil jumped after the United States imposed sanctions on Iran.");
        assertThat(t.links()).singleElement().satisfies(l -> {
            assertThat(l.basis()).isEqualTo(LinkBasis.CAUSAL_CUE.code());
            assertThat(l.event()).isEqualTo("e1");
            assertThat(l.note()).isEqualTo("n1");
        });
    }

    @Test
    void explicitReferenceToTheEvent() {
        Tags t = TestTaggers.tag(
                "Joe Biden and Xi Jinping held a phone call on Thursday.\n\nInvestors welcomed the call. The yuan strengthened.");
        assertThat(t.links()).anyMatch(l -> l.basis().equals(LinkBasis.EXPLICIT_REFERENCE.code()));
    }

    @Test
    void unrelatedParagraphsAreNotLinked() {
        Tags t = TestTaggers.tag(
                "Fumio Kishida met Joe Biden in Washington on Monday.\n\nSeparately, copper rose 2% on supply worries.");
        assertThat(t.events()).isNotEmpty();
        assertThat(t.notes()).isNotEmpty();
        assertThat(t.links()).isEmpty();
    }

    @Test
    void aNoteSetApartIsNotLinked() {
        Tags t = TestTaggers.tag(
                "Fumio Kishida met Joe Biden in Washington on Monday. Separately, copper rose 2% on supply worries.");
        assertThat(t.notes()).extracting(NoteFinding::asset).containsExactly("COPPER");
        assertThat(t.links()).isEmpty();
    }

    @Test
    void documentTagsFollowTheRules() {
        Tags t = TestTaggers.tag(
                "The Fed raised rates and the dollar rose while stocks fell and investors fled to safety.");
        assertThat(t.tags())
                .contains("monetary-policy", "fx", "equities", "risk-off")
                .doesNotContain("risk-on", "us-china");
    }
}
