/**
 * The command line, and only its wiring: the picocli commands ({@code local}, {@code run},
 * {@code tag}, {@code evaluate}, {@code train-model}, {@code cross-validate}, {@code import}, {@code import-prices},
 * {@code replay}, {@code compare},
 * {@code schemas}, {@code topology}, {@code config}), the option mixins they share and their
 * argument converters. A command parses its options, loads the configuration, builds the objects
 * of the other packages, calls them, prints what they return and maps outcomes to exit codes.
 *
 * <p>May use: every other package of the application, picocli, SLF4J. Not Kafka, Avro, Jackson,
 * Javalin or Micrometer directly; nothing depends on it. {@code dev.mrt.architecture}'s
 * {@code LayeringRulesTest} checks all of this.
 */
package dev.mrt.cli;
