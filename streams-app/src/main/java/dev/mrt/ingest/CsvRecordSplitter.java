package dev.mrt.ingest;

import java.io.BufferedReader;
import java.io.IOException;

/**
 * Cuts CSV text into records with their first line number and raw text, so that a bad record
 * can be reported and kept as it stands in the file. A record ends at a line break outside
 * quotes: with RFC 4180 quoting (a quote inside a quoted field is doubled) that is when the
 * quotes seen so far are even. The fields themselves are left to the CSV parser.
 */
final class CsvRecordSplitter {
    /** A record this long is an unterminated quote swallowing the file, not an article. */
    static final int MAX_RECORD_CHARS = 8 * 1024 * 1024;

    private final BufferedReader in;
    private long lineNumber;

    /** @param unterminated the file (or the size limit) ended inside a quoted field */
    record CsvRecord(long line, String text, boolean unterminated) {}

    CsvRecordSplitter(BufferedReader in) {
        this.in = in;
    }

    /** The next non-blank record, or null at the end. */
    CsvRecord next() throws IOException {
        StringBuilder text = new StringBuilder();
        long first = 0;
        boolean inQuotes = false;
        String line;
        while ((line = in.readLine()) != null) {
            lineNumber++;
            if (text.isEmpty()) {
                if (line.isBlank()) {
                    continue;
                }
                first = lineNumber;
            } else {
                text.append('\n');
            }
            text.append(line);
            for (int i = 0; i < line.length(); i++) {
                if (line.charAt(i) == '"') {
                    inQuotes = !inQuotes;
                }
            }
            if (!inQuotes) {
                return new CsvRecord(first, text.toString(), false);
            }
            if (text.length() > MAX_RECORD_CHARS) {
                return new CsvRecord(first, text.toString(), true);
            }
        }
        return text.isEmpty() ? null : new CsvRecord(first, text.toString(), true);
    }
}
