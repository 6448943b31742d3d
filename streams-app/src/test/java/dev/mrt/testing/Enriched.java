package dev.mrt.testing;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.Provenance;
import dev.mrt.avro.ReactionLink;
import dev.mrt.tagging.ArticleText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Enriched articles and reaction links as the tagger and the link topology emit them for the
 * seed story (a leader call; UST yields up, small; USD/CNH down, expected), written for tests that
 * need tagged data whatever the tagger in the build finds.
 */
public final class Enriched {
    public static final String TITLE = "Biden and Xi speak";
    public static final String BODY = "President Biden and President Xi held a call on Thursday night. "
            + "Treasuries drifted lower, with yields rising modestly across the curve. "
            + "The dollar could head lower against the offshore yuan, according to Bloomberg's Mark Cranfield.";
    private static final String SHORT_CALL = "President Biden and President Xi held a call on Thursday night.";
    private static final String SHORT_CNH = "The dollar could head lower against the offshore yuan";
    private static final String SEED_CALL =
            "President Xi and his American counterpart held their second call since Biden’s inauguration on Thursday night.";
    private static final String SEED_CNH =
            "Bloomberg’s Mark Cranfield said the dollar could head lower against the offshore yuan";
    private static final String UST = "Treasuries drifted lower, with yields rising modestly across the curve.";
    private static final String SEED_RISK = "Markets were broadly optimistic about the call.";

    private Enriched() {}

    /** The short test story: title + blank line + body, what its evidence offsets point into. */
    public static String text() {
        return TITLE + ArticleText.TITLE_BODY_SEPARATOR + BODY;
    }

    /** The short test story as tagged. */
    public static EnrichedArticle leaderCall(String id, Instant publishedAt) {
        return tagged(id, TITLE, text(), publishedAt, SHORT_CALL, SHORT_CNH);
    }

    /**
     * The seed article ({@code config/samples/articles.jsonl} line 1) as the tagger is to tag it,
     * evidence in its own text: the leader call, UST yields up (small), USD/CNH down (expected)
     * and risk sentiment up (risk-on), all linked to the call.
     */
    public static EnrichedArticle seed(Article seed) {
        String text = seed.getTitle() + ArticleText.TITLE_BODY_SEPARATOR + seed.getBody();
        EnrichedArticle base = tagged(seed.getId(), seed.getTitle(), text, seed.getPublishedAt(), SEED_CALL, SEED_CNH);
        NoteTag risk = NoteTag.newBuilder()
                .setId("n3")
                .setAsset("RISK_SENTIMENT")
                .setDirection("up")
                .setMagnitude("unspecified")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(List.of())
                .setConfidence(0.75)
                .setEvidence(evidence(text, SEED_RISK))
                .build();
        List<NoteTag> notes = new java.util.ArrayList<>(base.getMarketNotes());
        notes.add(risk);
        List<LinkTag> links = new java.util.ArrayList<>(base.getLinks());
        links.add(new LinkTag("e1", "n3", "explicit_reference", 0.8));
        return EnrichedArticle.newBuilder(base)
                .setMarketNotes(notes)
                .setLinks(links)
                .build();
    }

    private static EnrichedArticle tagged(
            String id, String title, String text, Instant publishedAt, String call, String cnhClause) {
        EventTag event = EventTag.newBuilder()
                .setId("e1")
                .setType("diplomacy.leader_call")
                .setActors(List.of("Joe Biden", "Xi Jinping"))
                .setCountries(List.of("CN", "US"))
                .setEventDate(LocalDate.of(2021, 9, 9))
                .setConfidence(0.92)
                .setEvidence(evidence(text, call))
                .build();
        NoteTag ust = NoteTag.newBuilder()
                .setId("n1")
                .setAsset("UST_YIELDS")
                .setDirection("up")
                .setMagnitude("small")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(List.of("US"))
                .setConfidence(0.85)
                .setEvidence(evidence(text, UST))
                .build();
        NoteTag cnh = NoteTag.newBuilder()
                .setId("n2")
                .setAsset("USDCNH")
                .setDirection("down")
                .setMagnitude("unspecified")
                .setModality("expected")
                .setAttribution("Mark Cranfield")
                .setCountries(List.of("CN", "US"))
                .setConfidence(0.8)
                .setEvidence(evidence(text, cnhClause))
                .build();
        return EnrichedArticle.newBuilder()
                .setArticleId(id)
                .setTitle(title)
                .setSource("test")
                .setUrl(null)
                .setArticleVersion(null)
                .setPoliticalEvents(List.of(event))
                .setMarketNotes(List.of(ust, cnh))
                .setLinks(List.of(
                        new LinkTag("e1", "n1", "causal_cue", 0.74),
                        new LinkTag("e1", "n2", "explicit_reference", 0.7)))
                .setTags(List.of("us-china", "rates", "fx", "risk-on"))
                .setTaxonomyVersion("test")
                .setTaggerVersion("test")
                .setEventTime(publishedAt)
                .setProcessingTime(publishedAt)
                .setProvenance(Provenance.newBuilder().setApplicationId("test").build())
                .build();
    }

    /** A different story: a tariff decision moving USD/JPY, for filters and paging. */
    public static EnrichedArticle tariff(String id, Instant publishedAt) {
        String text = "Tariffs raised" + ArticleText.TITLE_BODY_SEPARATOR
                + "The US raised tariffs on Japanese cars. The yen weakened.";
        EventTag event = EventTag.newBuilder()
                .setId("e1")
                .setType("trade.tariffs")
                .setActors(List.of())
                .setCountries(List.of("JP", "US"))
                .setEventDate(null)
                .setConfidence(0.8)
                .setEvidence(evidence(text, "The US raised tariffs on Japanese cars."))
                .build();
        NoteTag jpy = NoteTag.newBuilder()
                .setId("n1")
                .setAsset("USDJPY")
                .setDirection("up")
                .setMagnitude("moderate")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(List.of("JP", "US"))
                .setConfidence(0.8)
                .setEvidence(evidence(text, "The yen weakened."))
                .build();
        return EnrichedArticle.newBuilder()
                .setArticleId(id)
                .setTitle("Tariffs raised")
                .setSource("test")
                .setUrl(null)
                .setArticleVersion(null)
                .setPoliticalEvents(List.of(event))
                .setMarketNotes(List.of(jpy))
                .setLinks(List.of(new LinkTag("e1", "n1", "same_article", 0.6)))
                .setTags(List.of("trade", "fx"))
                .setTaxonomyVersion("test")
                .setTaggerVersion("test")
                .setEventTime(publishedAt)
                .setProcessingTime(publishedAt)
                .setProvenance(Provenance.newBuilder().setApplicationId("test").build())
                .build();
    }

    /** A note from the market-notes feed linked to an event across feeds, as ReactionLinkTopology emits it. */
    public static ReactionLink crossFeedLink(String eventId, String noteId, Instant eventTime, Instant noteTime) {
        return ReactionLink.newBuilder()
                .setId(eventId + "|" + noteId)
                .setEventId(eventId)
                .setEventType("diplomacy.leader_call")
                .setEventArticleId(eventId.substring(0, eventId.indexOf('/')))
                .setEventCountries(List.of("CN", "US"))
                .setNoteId(noteId)
                .setNoteSourceId(noteId.substring(0, noteId.indexOf('/')))
                .setNoteSourceKind("note_feed")
                .setAsset("USDCNH")
                .setDirection("down")
                .setMagnitude("small")
                .setModality("realized")
                .setLinkKey("CN-US")
                .setBasis("cross_feed_window")
                .setConfidence(0.6)
                .setLagMs(noteTime.toEpochMilli() - eventTime.toEpochMilli())
                .setEventTime(eventTime)
                .setNoteTime(noteTime)
                .setTaxonomyVersion("test")
                .setTaggerVersion("test")
                .build();
    }

    private static Evidence evidence(String text, String fragment) {
        int start = text.indexOf(fragment);
        if (start < 0) {
            throw new IllegalArgumentException("not in the text: " + fragment);
        }
        return new Evidence(start, start + fragment.length(), fragment);
    }
}
