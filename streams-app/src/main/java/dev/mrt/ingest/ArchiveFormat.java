package dev.mrt.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** The two archive formats {@code import} reads, each optionally gzip-compressed ({@code .gz}). */
public enum ArchiveFormat {
    /** One contract-format JSON object per line. */
    JSONL,
    /** A header row naming the contract's fields, then one article per record (RFC 4180 quoting). */
    CSV;

    /** From the file name: {@code .jsonl}, {@code .ndjson}, {@code .json} or {@code .csv}, each maybe with {@code .gz}. */
    public static ArchiveFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return JSONL;
        }
        throw new IllegalArgumentException(
                "cannot tell the format of " + file + " from its name; use --format jsonl or --format csv");
    }
}
