package dev.mrt.api.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.avro.NoteLinks;

/**
 * The JSON form of a row of the links table (a {@link NoteLinks} record): a market note and its
 * cross-feed reactions. Every field of the record ({@link AvroJson}); each link as {@link
 * ReactionJson}, so it carries {@code scope} and {@code lag} like a reaction anywhere else.
 */
public final class NoteLinksJson {

    private NoteLinksJson() {}

    public static ObjectNode toJson(NoteLinks row) {
        ObjectNode o = AvroJson.of(row);
        ArrayNode links = o.putArray("links");
        row.getLinks().forEach(l -> links.add(ReactionJson.toJson(l)));
        return o;
    }
}
