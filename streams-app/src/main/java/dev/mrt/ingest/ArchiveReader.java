package dev.mrt.ingest;

import java.io.IOException;

/** Reads an archive record by record; a bad record is an entry, not an exception. */
public interface ArchiveReader {

    /** The next record, or null at the end. */
    ArchiveEntry next() throws IOException;
}
