/**
 * The local samples' synthetic price series: a seeded generator ({@link
 * dev.mrt.samples.SyntheticPrices}) of made-up bars around each sample story for the instruments
 * its reactions are measured on, and the command-line entry that writes {@code
 * config/samples/prices.csv} from the sample articles ({@link dev.mrt.samples.SyntheticSamplePrices}).
 * The file says in its first lines, and every row says, that the prices are synthetic.
 *
 * <p>May use: {@code tagging} (to find the samples' reactions), {@code ingest} (to read the
 * samples), {@code market} (instruments and units).
 */
package dev.mrt.samples;
