package dev.mrt.tagging.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.Tags;
import dev.mrt.tagging.TestTaggers;
import dev.mrt.tagging.taxonomy.AssetClass;
import dev.mrt.tagging.taxonomy.Direction;
import org.junit.jupiter.api.Test;

class YieldSignNormalizerTest {
    @Test
    void priceMovesOfBondsInvertYieldMovesDoNot() {
        assertThat(YieldSignNormalizer.normalize(Direction.DOWN, true, AssetClass.BOND_YIELD))
                .isEqualTo(Direction.UP);
        assertThat(YieldSignNormalizer.normalize(Direction.UP, false, AssetClass.BOND_YIELD))
                .isEqualTo(Direction.UP);
        assertThat(YieldSignNormalizer.normalize(Direction.DOWN, true, AssetClass.EQUITY))
                .isEqualTo(Direction.DOWN);
        assertThat(YieldSignNormalizer.normalize(Direction.FLAT, true, AssetClass.BOND_YIELD))
                .isEqualTo(Direction.FLAT);
    }

    @Test
    void treasuriesLowerMeansYieldsUp() {
        Tags t = TestTaggers.tag("Treasuries edged lower in New York trading after the auction.");
        assertThat(TestTaggers.note(t, "UST_YIELDS").direction()).isEqualTo(Direction.UP);
    }

    @Test
    void bondsRallyingMeansYieldsDown() {
        Tags t = TestTaggers.tag("U.S. data disappointed. Bonds rallied across the curve.");
        assertThat(TestTaggers.note(t, "UST_YIELDS").direction()).isEqualTo(Direction.DOWN);
    }

    @Test
    void namedYieldKeepsItsSignAndTenor() {
        Tags t = TestTaggers.tag("The yield on the benchmark 10-year Treasury note climbed 8 basis points.");
        assertThat(t.notes())
                .extracting(NoteFinding::asset, NoteFinding::direction)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("UST_10Y", Direction.UP));
    }

    @Test
    void giltsAndJgbFuturesArePrices() {
        assertThat(TestTaggers.note(TestTaggers.tag("Gilts sold off sharply on Friday."), "GILT_YIELDS")
                        .direction())
                .isEqualTo(Direction.UP);
        assertThat(TestTaggers.note(TestTaggers.tag("Japanese government bond futures rose in Tokyo."), "JGB_YIELDS")
                        .direction())
                .isEqualTo(Direction.DOWN);
    }
}
