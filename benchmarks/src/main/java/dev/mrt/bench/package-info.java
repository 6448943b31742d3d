/**
 * Benchmarks: JMH micro-benchmarks ({@code *Benchmark}) and the end-to-end harness.
 * Results, with the machine and date, go to {@code benchmarks/RESULTS.md}.
 */
package dev.mrt.bench;
