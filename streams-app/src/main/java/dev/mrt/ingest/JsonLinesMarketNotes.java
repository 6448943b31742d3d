package dev.mrt.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.MarketNote;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON Lines file of market-commentary items ({@code id, text, published_at} with its
 * offset, optional {@code source}), failing on the first bad line with its file and line number.
 */
public final class JsonLinesMarketNotes {

    private JsonLinesMarketNotes() {}

    public static List<MarketNote> readAll(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<MarketNote> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            NumberedLines lines = new NumberedLines(r);
            NumberedLines.Line line;
            while ((line = lines.next()) != null) {
                try {
                    out.add(parse(json.readTree(line.text())));
                } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
                    throw new IOException(file + ":" + line.number() + ": " + e.getMessage());
                }
            }
        }
        return out;
    }

    private static MarketNote parse(JsonNode n) {
        OffsetDateTime t = OffsetDateTime.parse(required(n, "published_at"));
        return MarketNote.newBuilder()
                .setId(required(n, "id"))
                .setText(required(n, "text"))
                .setPublishedAt(t.toInstant())
                .setPublishedOffsetSeconds(t.getOffset().getTotalSeconds())
                .setSource(n.hasNonNull("source") ? n.get("source").asText() : null)
                .setUrl(n.hasNonNull("url") ? n.get("url").asText() : null)
                .build();
    }

    private static String required(JsonNode n, String field) {
        if (!n.hasNonNull(field) || n.get(field).asText().isBlank()) {
            throw new IllegalArgumentException("'" + field + "' is missing");
        }
        return n.get(field).asText();
    }
}
