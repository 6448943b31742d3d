package dev.mrt.testing;

import dev.mrt.avro.MarketNote;
import dev.mrt.ingest.JsonLinesMarketNotes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The sample market-commentary feed, config/samples/market-notes.jsonl, as records. */
public final class MarketNotes {

    private MarketNotes() {}

    public static List<MarketNote> samples() throws IOException {
        return JsonLinesMarketNotes.readAll(
                TestConfigs.repoRoot().resolve(Path.of("config", "samples", "market-notes.jsonl")));
    }
}
