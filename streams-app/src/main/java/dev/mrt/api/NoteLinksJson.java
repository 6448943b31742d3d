package dev.mrt.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.NoteLinks;

/** The JSON form of a row of the links table: a market note and its cross-feed reactions ({@link ReactionJson}). */
public final class NoteLinksJson {
    private final ObjectMapper mapper;
    private final ReactionJson reactions;

    public NoteLinksJson(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reactions = new ReactionJson(mapper);
    }

    public ObjectNode toJson(NoteLinks row) {
        ObjectNode o = mapper.createObjectNode();
        o.put("note_id", row.getNoteId());
        o.put("note_source_id", row.getNoteSourceId());
        o.put("note_source_kind", row.getNoteSourceKind());
        o.put("link_key", row.getLinkKey());
        o.put("note_time", row.getNoteTime().toString());
        ArrayNode links = o.putArray("links");
        row.getLinks().forEach(l -> links.add(reactions.toJson(l)));
        return o;
    }
}
