package dev.mrt.ingest;

import dev.mrt.avro.Article;

/** One record of an archive: an article, or the reason it cannot be one. Both keep their line and raw text. */
public sealed interface ArchiveEntry {

    /** 1-based line where the record starts. */
    long line();

    /** The record as it stands in the file. */
    String raw();

    record Parsed(long line, String raw, Article article) implements ArchiveEntry {}

    record Rejected(long line, String raw, String reason) implements ArchiveEntry {}
}
