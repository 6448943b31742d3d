package dev.mrt.testing;

import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.TaggedMarketNote;
import dev.mrt.topology.LinkKeys;
import dev.mrt.topology.TagFanOut;
import java.time.Instant;
import java.util.List;

/** Political events and market notes as they appear on the intermediate topics, written for tests. */
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
