package dev.mrt.tagging;

import java.util.List;

/** Everything the tagger found in one article, and which taxonomy and tagger found it. */
public record Tags(
        List<EventFinding> events,
        List<NoteFinding> notes,
        List<InArticleLink> links,
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
