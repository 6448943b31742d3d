package dev.mrt.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.api.NoteLinksJson;
import dev.mrt.avro.NoteLinks;
import dev.mrt.topology.Topic;
import java.io.PrintStream;
import java.util.Map;

/** Prints the links table as it stands: one JSON line per market note with its links, by note id. */
public final class LinkTablePrinter {

    private LinkTablePrinter() {}

    /** @return the number of notes printed */
    public static int print(String bootstrapServers, Topic<String, NoteLinks> links, PrintStream out)
            throws JsonProcessingException {
        Map<String, NoteLinks> table = CommittedTable.read(bootstrapServers, links);
        ObjectMapper mapper = new ObjectMapper();
        NoteLinksJson json = new NoteLinksJson(mapper);
        for (NoteLinks row : table.values()) {
            out.println(mapper.writeValueAsString(json.toJson(row)));
        }
        out.flush();
        return table.size();
    }
}
