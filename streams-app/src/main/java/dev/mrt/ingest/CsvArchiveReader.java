package dev.mrt.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
public final class CsvArchiveReader implements ArchiveReader<Article> {
    static final List<String> REQUIRED = List.of("id", "published_at");
    /** At least one of these: an article's text is its title, its body, or both. */
    static final List<String> TEXT = List.of("title", "body");

    private static final Set<String> NUMERIC = Set.of("version", "published_at", "updated_at");

    private final CsvTable table;
    private final ArticleJsonParser parser = new ArticleJsonParser();

    /** Reads the header at once: a file without the required columns is no archive at all. */
    public CsvArchiveReader(BufferedReader in) throws IOException {
        this.table = new CsvTable(in, false, "id,title,body,published_at,...");
        List<String> missing = new ArrayList<>(
                REQUIRED.stream().filter(r -> !table.columns().contains(r)).toList());
        if (TEXT.stream().noneMatch(table.columns()::contains)) {
            missing.add(String.join(" or ", TEXT));
        }
        if (!missing.isEmpty()) {
            throw table.headerProblem("the CSV header lacks the column(s) " + String.join(", ", missing));
        }
    }

    @Override
    public ArchiveEntry<Article> next() throws IOException {
        CsvTable.Row row = table.next();
        if (row == null) {
            return null;
        }
        if (!row.ok()) {
            return new ArchiveEntry.Rejected<>(row.line(), row.raw(), row.problem());
        }
        try {
            return new ArchiveEntry.Parsed<>(
                    row.line(), row.raw(), parser.fromNode(toJson(row.values())).toAvro());
        } catch (InvalidArticleException e) {
            return new ArchiveEntry.Rejected<>(row.line(), row.raw(), e.getMessage());
        }
    }

    private ObjectNode toJson(String[] values) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        for (int i = 0; i < values.length; i++) {
            String column = table.columns().get(i);
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

    static boolean isDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
