package dev.mrt.tagging;

import java.util.List;

/** Everything the tagger found in one article, and which taxonomy and tagger found it. */
public record Tags(
        List<EventTag> events,
        List<NoteTag> notes,
        List<LinkTag> links,
        List<String> tags,
        String taxonomyVersion,
        String taggerVersion) {

    public Tags {
        events = List.copyOf(events);
        notes = List.copyOf(notes);
        links = List.copyOf(links);
        tags = List.copyOf(tags);
    }
}
