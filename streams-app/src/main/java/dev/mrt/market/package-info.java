/**
 * Prices and what the market did: the instruments prices come in for ({@link
 * dev.mrt.market.Instruments}, from {@code config/taxonomy/instruments.yaml}, with the user's
 * symbols), their units, and the arithmetic of a realized move ({@link
 * dev.mrt.market.RealizedMoveRule}: start and end prices, the move in its natural unit, the
 * instrument's own volatility over a trailing window, the z-score and the verdict on a note),
 * and the Wilson interval of a forecast scorecard. Pure functions over a {@link
 * dev.mrt.market.PriceSeries}; the stores behind it are the topology's.
 *
 * <p>May use: Jackson (YAML) to read the instruments file. Nothing of Kafka, Avro or the rest of
 * the application, and never the wall clock: results are a function of the prices and the reaction.
 */
package dev.mrt.market;
