package dev.mrt.tagging.notes;

/**
 * An asset named in a sentence, resolved to a code.
 *
 * @param from         first token
 * @param to           token after the last
 * @param code         asset code, or null for a currency (see {@code currency})
 * @param currency     ISO currency when the text names a currency rather than a pair
 * @param priceQuoted  a bond named by its price ("Treasuries fell" = yields rose)
 * @param explicit     named specifically rather than resolved from context
 * @param counter      the currency a move is measured against ("against the dollar"), never a subject
 */
record AssetMention(
        int from, int to, String code, String currency, boolean priceQuoted, boolean explicit, boolean counter) {
    boolean isCurrency() {
        return currency != null;
    }

    AssetMention span(int newFrom, int newTo) {
        return new AssetMention(newFrom, newTo, code, currency, priceQuoted, explicit, false);
    }
}
