package dev.mrt.api.query;

/** One store entry as the API lists it: its key, its (event) time, and its value. */
public record TimedEntry<V>(String key, long time, V value) {}
