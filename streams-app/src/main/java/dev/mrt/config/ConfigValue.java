package dev.mrt.config;

/** A raw configuration value and where it came from. */
public record ConfigValue(String raw, ConfigOrigin origin) {}
