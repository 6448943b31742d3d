package dev.mrt.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.Provenance;
import dev.mrt.avro.ReactionLink;

/**
 * Enriched articles and reaction links as the tagger and the link topology would emit them for
 * the seed story, written for tests that need tagged data whatever the tagger finds.
 */
public final class Enriched {
    public static final String TITLE = "Biden and Xi speak";
    public static final String BODY = "President Biden and President Xi held a call on Thursday night. "
            + "Treasuries drifted lower, with yields rising modestly across the curve. "
            + "The dollar could head lower against the offshore yuan, according to Bloomberg's Mark Cranfield.";

    private Enriched() {
    }

    /** Title + blank line + body: what evidence offsets point into. */
    public static String text() {
        return TITLE + "\n\n" + BODY;
    }

    /** The seed story's tags: a leader call linked to UST yields up (small, realized) and USD/CNH down (expected). */
    public static EnrichedArticle leaderCall(String id, Instant publishedAt) {
        EventTag call = EventTag.newBuilder().setId("e1").setType("diplomacy.leader_call")
                .setActors(List.of("Joe Biden", "Xi Jinping")).setCountries(List.of("CN", "US"))
                .setEventDate(LocalDate.of(2021, 9, 9)).setConfidence(0.92)
                .setEvidence(evidence("President Biden and President Xi held a call on Thursday night.")).build();
        NoteTag ust = NoteTag.newBuilder().setId("n1").setAsset("UST_YIELDS").setDirection("up").setMagnitude("small")
                .setModality("realized").setAttribution(null).setCountries(List.of("US")).setConfidence(0.85)
                .setEvidence(evidence("Treasuries drifted lower, with yields rising modestly across the curve.")).build();
        NoteTag cnh = NoteTag.newBuilder().setId("n2").setAsset("USDCNH").setDirection("down").setMagnitude("unspecified")
                .setModality("expected").setAttribution("Mark Cranfield").setCountries(List.of("CN", "US")).setConfidence(0.8)
                .setEvidence(evidence("The dollar could head lower against the offshore yuan")).build();
        return EnrichedArticle.newBuilder()
                .setArticleId(id).setTitle(TITLE).setSource("test").setUrl(null).setArticleVersion(null)
                .setPoliticalEvents(List.of(call))
                .setMarketNotes(List.of(ust, cnh))
                .setLinks(List.of(new LinkTag("e1", "n1", "causal_cue", 0.74), new LinkTag("e1", "n2", "explicit_reference", 0.7)))
                .setTags(List.of("us-china", "rates", "fx", "risk-on"))
                .setTaxonomyVersion("test").setTaggerVersion("test")
                .setEventTime(publishedAt).setProcessingTime(publishedAt)
                .setProvenance(Provenance.newBuilder().setApplicationId("test").build())
                .build();
    }

    public static ReactionLink crossFeedLink(String eventId, String noteId, Instant eventTime, Instant noteTime) {
        return ReactionLink.newBuilder().setId(eventId + "|" + noteId).setEventId(eventId)
                .setEventType("diplomacy.leader_call").setEventArticleId(eventId.substring(0, eventId.indexOf('/')))
                .setEventCountries(List.of("CN", "US")).setNoteId(noteId)
                .setNoteSourceId(noteId.substring(0, noteId.indexOf('/'))).setNoteSourceKind("note_feed")
                .setAsset("USDCNH").setDirection("down").setMagnitude("small").setModality("realized")
                .setLinkKey("CN-US").setBasis("cross_feed_window").setConfidence(0.6)
                .setLagMs(noteTime.toEpochMilli() - eventTime.toEpochMilli())
                .setEventTime(eventTime).setNoteTime(noteTime).setTaxonomyVersion("test").setTaggerVersion("test").build();
    }

    private static Evidence evidence(String sentence) {
        int start = text().indexOf(sentence);
        if (start < 0) {
            throw new IllegalArgumentException("not in the test text: " + sentence);
        }
        return new Evidence(start, start + sentence.length(), sentence);
    }
}
