/**
 * Market notes. {@link dev.mrt.tagging.notes.MarketMoveExtractor} attaches each move word to the
 * asset it speaks of ({@code AssetMentionResolver} turns "stocks", "the peso", "it" into codes by
 * country and context), then qualifies the move: negation suppresses it, modality
 * (realized, expected, conditional), magnitude ({@code MagnitudeDetector}), attribution
 * ({@code AttributionFinder}); and normalizes the direction to the quoted level: a bond's price
 * into its yield ({@link dev.mrt.tagging.notes.YieldSignNormalizer}), a currency's value into
 * its pair as quoted ({@link dev.mrt.tagging.notes.FxQuoteNormalizer}). Risk-sentiment phrases
 * make notes of their own. The result is a list of {@link dev.mrt.tagging.notes.MarketMove}.
 *
 * <p>Uses {@code text}, {@code taxonomy} and {@code analysis}.
 */
package dev.mrt.tagging.notes;
