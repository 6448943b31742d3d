package dev.mrt.testing;

import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.TaggedMarketNote;
import dev.mrt.topology.LinkKeys;
import dev.mrt.topology.TagFanOut;
import java.time.Instant;
import java.util.List;

/** Political events, market notes and the sources that bring them to linking, written for tests. */
public final class Reactions {

    private Reactions() {}

    public static PoliticalEvent event(
            String articleId, String type, List<String> countries, Instant time, String key) {
        EventTag tag = EventTag.newBuilder()
                .setId("e1")
                .setType(type)
                .setActors(List.of())
                .setCountries(countries)
                .setEventDate(null)
                .setConfidence(0.9)
                .setEvidence(new Evidence(0, 4, "call"))
                .build();
        return PoliticalEvent.newBuilder()
                .setId(articleId + "/e1")
                .setArticleId(articleId)
                .setHeadline("headline")
                .setEvent(tag)
                .setLinkKey(key)
                .setEventTime(time)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }

    /** A political event of {@code article} under one link key, with the given confidence (countries from the key). */
    public static PoliticalEvent event(String article, String eventId, String key, Instant time, double confidence) {
        EventTag tag = EventTag.newBuilder()
                .setId(eventId)
                .setType("diplomacy.leader_call")
                .setActors(List.of())
                .setCountries(countriesOf(key))
                .setEventDate(null)
                .setConfidence(confidence)
                .setEvidence(new Evidence(0, 4, "call"))
                .build();
        return PoliticalEvent.newBuilder()
                .setId(article + "/" + eventId)
                .setArticleId(article)
                .setHeadline("headline")
                .setEvent(tag)
                .setLinkKey(key)
                .setEventTime(time)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }

    /** A market note of {@code source} under one link key, with the given confidence. */
    public static TaggedMarketNote note(
            String source, String kind, String noteId, String key, Instant time, double confidence) {
        NoteTag tag = NoteTag.newBuilder()
                .setId(noteId)
                .setAsset("USDCNH")
                .setDirection("down")
                .setMagnitude("small")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(countriesOf(key))
                .setConfidence(confidence)
                .setEvidence(new Evidence(0, 4, "yuan"))
                .build();
        return TaggedMarketNote.newBuilder()
                .setId(source + "/" + noteId)
                .setSourceId(source)
                .setSourceKind(kind)
                .setNote(tag)
                .setLinkKey(key)
                .setEventTime(time)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }

    private static List<String> countriesOf(String key) {
        return List.of(key.split("-"));
    }

    /** What a source brings to linking partition 0. */
    public static LinkSource source(
            String sourceId, String kind, Instant time, List<PoliticalEvent> events, List<TaggedMarketNote> notes) {
        return LinkSource.newBuilder()
                .setSourceId(sourceId)
                .setSourceKind(kind)
                .setHome(0)
                .setEventTime(time)
                .setEvents(events)
                .setNotes(notes)
                .setStatsChanges(List.of())
                .build();
    }

    public static TaggedMarketNote note(
            String sourceId, String asset, String direction, List<String> countries, Instant time) {
        NoteTag tag = NoteTag.newBuilder()
                .setId("n1")
                .setAsset(asset)
                .setDirection(direction)
                .setMagnitude("small")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(countries)
                .setConfidence(0.8)
                .setEvidence(new Evidence(0, 5, "yuan"))
                .build();
        return TaggedMarketNote.newBuilder()
                .setId(sourceId + "/n1")
                .setSourceId(sourceId)
                .setSourceKind(TagFanOut.SOURCE_NOTE_FEED)
                .setNote(tag)
                .setLinkKey(LinkKeys.forNote(countries, asset))
                .setEventTime(time)
                .setTaxonomyVersion("t")
                .setTaggerVersion("v")
                .build();
    }
}
