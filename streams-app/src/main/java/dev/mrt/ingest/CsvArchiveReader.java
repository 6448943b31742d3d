package dev.mrt.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
 * CSV with a header row naming the contract's fields ({@code id, title, body, published_at,
 * source, url, version, updated_at, language}; other columns are ignored; {@code id},
 * {@code published_at} and {@code title} or {@code body} must be there). An empty cell is an
 * absent field; a cell of digits in {@code published_at}/{@code updated_at} is epoch
 * milliseconds. Each record becomes the JSON object the JSON Lines reader would see and goes
 * through the same {@link ArticleJsonParser}, so both formats obey the same rules and give the
 * same reasons.
 */
public final class CsvArchiveReader implements ArchiveReader {
    static final List<String> REQUIRED = List.of("id", "published_at");
    /** At least one of these: an article's text is its title, its body, or both. */
    static final List<String> TEXT = List.of("title", "body");

    private static final Set<String> NUMERIC = Set.of("version", "published_at", "updated_at");
    private static final ObjectReader ROWS =
            new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class);

    private final CsvRecordSplitter records;
    private final ArticleJsonParser parser = new ArticleJsonParser();
    private final List<String> columns;

    /** Reads the header at once: a file without the required columns is no archive at all. */
    public CsvArchiveReader(BufferedReader in) throws IOException {
        this.records = new CsvRecordSplitter(in);
        CsvRecordSplitter.CsvRecord header = records.next();
        if (header == null) {
            throw new IOException("empty CSV file: the first line must be a header (id,title,body,published_at,...)");
        }
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
        List<String> missing =
                new ArrayList<>(REQUIRED.stream().filter(r -> !seen.contains(r)).toList());
        if (TEXT.stream().noneMatch(seen::contains)) {
            missing.add(String.join(" or ", TEXT));
        }
        if (!missing.isEmpty()) {
            throw new IOException("line " + header.line() + ": the CSV header lacks the column(s) "
                    + String.join(", ", missing) + " (found: " + String.join(", ", cols) + ")");
        }
        this.columns = List.copyOf(cols);
    }

    @Override
    public ArchiveEntry next() throws IOException {
        CsvRecordSplitter.CsvRecord record = records.next();
        if (record == null) {
            return null;
        }
        if (record.unterminated()) {
            return new ArchiveEntry.Rejected(record.line(), record.text(), "unterminated quoted field");
        }
        String[] values;
        try {
            values = fields(record.text());
        } catch (IOException e) {
            return new ArchiveEntry.Rejected(record.line(), record.text(), "not valid CSV: " + e.getMessage());
        }
        if (values.length != columns.size()) {
            return new ArchiveEntry.Rejected(
                    record.line(),
                    record.text(),
                    "has " + values.length + " field(s); the header has " + columns.size());
        }
        try {
            return new ArchiveEntry.Parsed(
                    record.line(),
                    record.text(),
                    parser.fromNode(toJson(values)).toAvro());
        } catch (InvalidArticleException e) {
            return new ArchiveEntry.Rejected(record.line(), record.text(), e.getMessage());
        }
    }

    private ObjectNode toJson(String[] values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.length; i++) {
            String column = columns.get(i);
            String v = values[i];
            if (column.isEmpty() || v == null || v.isEmpty()) {
                continue;
            }
            if (NUMERIC.contains(column) && isDigits(v)) {
                try {
                    node.put(column, Long.parseLong(v));
                    continue;
                } catch (NumberFormatException tooLong) {
                    // left as text: the parser then names the field and the problem
                }
            }
            node.put(column, v);
        }
        return node;
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }

    private static String[] fields(String text) throws IOException {
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
