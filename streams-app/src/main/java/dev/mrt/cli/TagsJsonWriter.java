package dev.mrt.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mrt.tagging.EventFinding;
import dev.mrt.tagging.EvidenceSpan;
import dev.mrt.tagging.InArticleLink;
import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.Tags;

/** Renders {@link Tags} in the contract's `tag` output shape, field order fixed. */
final class TagsJsonWriter {
    private final ObjectMapper mapper;

    TagsJsonWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode toJson(String id, Tags tags) {
        ObjectNode out = mapper.createObjectNode();
        out.put("id", id);
        ArrayNode events = out.putArray("political_events");
        for (EventFinding e : tags.events()) {
            ObjectNode n = events.addObject();
            n.put("id", e.id());
            n.put("type", e.type());
            ArrayNode actors = n.putArray("actors");
            e.actors().forEach(actors::add);
            ArrayNode countries = n.putArray("countries");
            e.countries().forEach(countries::add);
            if (e.eventDate() == null) {
                n.putNull("event_date");
            } else {
                n.put("event_date", e.eventDate().toString());
            }
            n.put("confidence", e.confidence());
            n.set("evidence", evidence(e.evidence()));
        }
        ArrayNode notes = out.putArray("market_notes");
        for (NoteFinding t : tags.notes()) {
            ObjectNode n = notes.addObject();
            n.put("id", t.id());
            n.put("asset", t.asset());
            n.put("direction", t.direction().code());
            n.put("magnitude", t.magnitude().code());
            n.put("modality", t.modality().code());
            if (t.attribution() == null) {
                n.putNull("attribution");
            } else {
                n.put("attribution", t.attribution());
            }
            ArrayNode countries = n.putArray("countries");
            t.countries().forEach(countries::add);
            n.put("confidence", t.confidence());
            n.set("evidence", evidence(t.evidence()));
        }
        ArrayNode links = out.putArray("links");
        for (InArticleLink l : tags.links()) {
            ObjectNode n = links.addObject();
            n.put("event", l.event());
            n.put("note", l.note());
            n.put("basis", l.basis());
            n.put("confidence", l.confidence());
        }
        ArrayNode tagList = out.putArray("tags");
        tags.tags().forEach(tagList::add);
        out.put("taxonomy_version", tags.taxonomyVersion());
        out.put("tagger_version", tags.taggerVersion());
        return out;
    }

    private ObjectNode evidence(EvidenceSpan e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("start", e.start());
        n.put("end", e.end());
        n.put("text", e.text());
        return n;
    }
}
