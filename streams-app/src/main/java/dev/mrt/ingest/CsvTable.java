package dev.mrt.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A CSV file as the archive readers see it: a header row of column names (trimmed, lower case, a
 * byte-order mark dropped, no name twice), then records cut with their first line number and raw
 * text (RFC 4180 quoting), each with as many fields as the header or rejected with the reason.
 * With {@code comments}, lines starting with {@code #} are notes, not records.
 */
final class CsvTable {
    private static final ObjectReader ROWS =
            new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class);

    private final CsvRecordSplitter records;
    private final boolean comments;
    private final List<String> columns;
    private final long headerLine;

    /** A record: its fields, or why it has none. */
    record Row(long line, String raw, String[] values, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    /** Reads the header at once: a file without one is no archive at all. */
    CsvTable(BufferedReader in, boolean comments, String headerExample) throws IOException {
        this.records = new CsvRecordSplitter(in);
        this.comments = comments;
        CsvRecordSplitter.CsvRecord header = nextRecord();
        if (header == null) {
            throw new IOException("empty CSV file: the first line must be a header (" + headerExample + ")");
        }
        this.headerLine = header.line();
        String[] names;
        try {
            names = fields(header.text().replace("\uFEFF", ""));
        } catch (IOException e) {
            throw new IOException("line " + header.line() + ": unreadable CSV header: " + e.getMessage());
        }
        List<String> cols = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String n : names) {
            String c = n.strip().toLowerCase(Locale.ROOT);
            if (!c.isEmpty() && !seen.add(c)) {
                throw new IOException("line " + header.line() + ": column '" + c + "' appears twice in the CSV header");
            }
            cols.add(c);
        }
        this.columns = List.copyOf(cols);
    }

    List<String> columns() {
        return columns;
    }

    /** A header problem, as the readers report it. */
    IOException headerProblem(String problem) {
        return new IOException("line " + headerLine + ": " + problem + " (found: " + String.join(", ", columns) + ")");
    }

    /** The next record, or null at the end of the file. */
    Row next() throws IOException {
        CsvRecordSplitter.CsvRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        if (record.unterminated()) {
            return new Row(record.line(), record.text(), null, "unterminated quoted field");
        }
        String[] values;
        try {
            values = fields(record.text());
        } catch (IOException e) {
            return new Row(record.line(), record.text(), null, "not valid CSV: " + e.getMessage());
        }
        if (values.length != columns.size()) {
            return new Row(
                    record.line(),
                    record.text(),
                    null,
                    "has " + values.length + " field(s); the header has " + columns.size());
        }
        return new Row(record.line(), record.text(), values, null);
    }

    private CsvRecordSplitter.CsvRecord nextRecord() throws IOException {
        CsvRecordSplitter.CsvRecord r = records.next();
        while (comments && r != null && r.text().startsWith("#")) {
            r = records.next();
        }
        return r;
    }

    static String[] fields(String text) throws IOException {
        try (MappingIterator<String[]> rows = ROWS.readValues(text)) {
            if (!rows.hasNext()) {
                return new String[0];
            }
            String[] first = rows.next();
            if (rows.hasNext()) {
                throw new IOException("more than one record");
            }
            return first;
        } catch (IOException | RuntimeException e) {
            throw new IOException(reason(e), e);
        }
    }

    private static String reason(Exception e) {
        Throwable t = e instanceof RuntimeJsonMappingException && e.getCause() != null ? e.getCause() : e;
        String message = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
        return message == null ? t.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
