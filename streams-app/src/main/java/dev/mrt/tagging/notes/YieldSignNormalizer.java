package dev.mrt.tagging.notes;

import dev.mrt.tagging.taxonomy.Direction;

/**
 * Bonds are noted by the direction of their yield. A move of the bond's price ("Treasuries
 * drifted lower", "bonds rallied", "JGB futures rose") is the opposite move of its yield.
 */
final class YieldSignNormalizer {
    private YieldSignNormalizer() {}

    static Direction normalize(Direction moved, boolean priceQuoted, String assetClass) {
        return priceQuoted && "bond_yield".equals(assetClass) ? moved.inverse() : moved;
    }
}
