package dev.mrt.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.avro.MarketNote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The sample market-commentary feed, config/samples/market-notes.jsonl, as records. */
public final class MarketNotes {

    private MarketNotes() {}

    public static List<MarketNote> samples() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<MarketNote> out = new ArrayList<>();
        for (String line : Files.readAllLines(
                TestConfigs.repoRoot().resolve(Path.of("config", "samples", "market-notes.jsonl")))) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(line);
            OffsetDateTime t = OffsetDateTime.parse(n.get("published_at").asText());
            out.add(MarketNote.newBuilder()
                    .setId(n.get("id").asText())
                    .setText(n.get("text").asText())
                    .setPublishedAt(t.toInstant())
                    .setPublishedOffsetSeconds(t.getOffset().getTotalSeconds())
                    .setSource(n.hasNonNull("source") ? n.get("source").asText() : null)
                    .setUrl(null)
                    .build());
        }
        return out;
    }
}
