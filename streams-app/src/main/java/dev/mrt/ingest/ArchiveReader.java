package dev.mrt.ingest;

import java.io.IOException;

/** Reads an archive record by record; a bad record is an entry, not an exception. */
public interface ArchiveReader<T> {

    /** The next record, or null at the end. */
    ArchiveEntry<T> next() throws IOException;
}
