package dev.mrt.ingest;

/**
 * One record of an archive: a parsed record (an article, a price), or the reason it cannot be
 * one. Both keep their line and raw text.
 */
public sealed interface ArchiveEntry<T> {

    /** 1-based line where the record starts. */
    long line();

    /** The record as it stands in the file. */
    String raw();

    record Parsed<T>(long line, String raw, T record) implements ArchiveEntry<T> {}

    record Rejected<T>(long line, String raw, String reason) implements ArchiveEntry<T> {}
}
