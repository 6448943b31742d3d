package dev.mrt.runtime;

import dev.mrt.api.json.Json;
import dev.mrt.api.json.NoteLinksJson;
import dev.mrt.avro.NoteLinks;
import dev.mrt.topology.Topic;
import java.io.PrintStream;
import java.util.Map;

/** Prints the links table as it stands: one JSON line per market note with its links, by note id. */
public final class LinkTablePrinter {

    private LinkTablePrinter() {}

    /** @return the number of notes printed */
    public static int print(String bootstrapServers, Topic<String, NoteLinks> links, PrintStream out) {
        Map<String, NoteLinks> table = CommittedTable.read(bootstrapServers, links);
        for (NoteLinks row : table.values()) {
            out.println(Json.write(NoteLinksJson.toJson(row)));
        }
        out.flush();
        return table.size();
    }
}
