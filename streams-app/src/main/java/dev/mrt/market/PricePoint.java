package dev.mrt.market;

/** One observed value of an instrument at a time (epoch ms); {@code synthetic} for made-up values. */
public record PricePoint(long time, double value, boolean synthetic) {}
