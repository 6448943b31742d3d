package dev.mrt.tagging.notes;

import dev.mrt.tagging.taxonomy.AssetClass;
import dev.mrt.tagging.taxonomy.Direction;

/**
 * Bonds are noted by the direction of their yield. A move of the bond's price ("Treasuries
 * drifted lower", "bonds rallied", "JGB futures rose") is the opposite move of its yield.
 */
final class YieldSignNormalizer {
    private YieldSignNormalizer() {}

    static Direction normalize(Direction moved, boolean priceQuoted, AssetClass assetClass) {
        return priceQuoted && assetClass == AssetClass.BOND_YIELD ? moved.inverse() : moved;
    }
}
