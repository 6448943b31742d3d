package dev.mrt.testing;

import dev.mrt.avro.LinkEvent;
import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import java.time.Instant;
import java.util.List;

/** Political events, market notes and the sources that bring them to linking, written for tests. */
public final class Reactions {

    private Reactions() {}

    /** A political event of {@code article} under one link key, with the given confidence (countries from the key). */
    public static LinkEvent event(String article, String eventId, String key, double confidence) {
        return LinkEvent.newBuilder()
                .setId(article + "/" + eventId)
                .setArticleId(article)
                .setType("diplomacy.leader_call")
                .setCountries(List.of(key.split("-")))
                .setConfidence(confidence)
                .setLinkKey(key)
                .build();
    }

    /** A market note of {@code source} (USD/CNH down) under one link key, with the given confidence. */
    public static LinkNote note(String source, String noteId, String key, double confidence) {
        return LinkNote.newBuilder()
                .setId(source + "/" + noteId)
                .setAsset("USDCNH")
                .setDirection("down")
                .setMagnitude("small")
                .setModality("realized")
                .setConfidence(confidence)
                .setLinkKey(key)
                .build();
    }

    /** What a source brings to linking partition 0. */
    public static LinkSource source(
            String sourceId, String kind, Instant time, List<LinkEvent> events, List<LinkNote> notes) {
        return LinkSource.newBuilder()
                .setSourceId(sourceId)
                .setSourceKind(kind)
                .setHome(0)
                .setEventTime(time)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .setEvents(events)
                .setNotes(notes)
                .setStatsChanges(List.of())
                .build();
    }
}
