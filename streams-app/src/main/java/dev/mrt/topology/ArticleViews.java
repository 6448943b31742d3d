package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An enriched article seen as the dashboard sees it: its political events (once each, with
 * globally unique ids as on the events topic) and its inside-article links as reactions, in the
 * same shape as cross-feed {@link ReactionLink}s so that one query serves both.
 */
public final class ArticleViews {

    private ArticleViews() {}

    public static List<PoliticalEvent> events(EnrichedArticle a) {
        List<PoliticalEvent> out = new ArrayList<>();
        for (EventTag e : a.getPoliticalEvents()) {
            List<String> keys = LinkKeys.forEvent(e.getCountries());
            out.add(PoliticalEvent.newBuilder()
                    .setId(eventId(a, e))
                    .setArticleId(a.getArticleId())
                    .setHeadline(a.getTitle())
                    .setEvent(e)
                    // The event's strongest join key: its country pair when it has one.
                    .setLinkKey(keys.isEmpty() ? "" : keys.get(0))
                    .setEventTime(a.getEventTime())
                    .setTaxonomyVersion(a.getTaxonomyVersion())
                    .setTaggerVersion(a.getTaggerVersion())
                    .build());
        }
        return out;
    }

    /** Links inside the article: lag 0, since the event and the note come from the same text. */
    public static List<ReactionLink> reactions(EnrichedArticle a) {
        Map<String, EventTag> events = a.getPoliticalEvents().stream()
                .collect(Collectors.toMap(EventTag::getId, Function.identity(), (x, y) -> x));
        Map<String, NoteTag> notes =
                a.getMarketNotes().stream().collect(Collectors.toMap(NoteTag::getId, Function.identity(), (x, y) -> x));
        List<ReactionLink> out = new ArrayList<>();
        for (LinkTag l : a.getLinks()) {
            EventTag e = events.get(l.getEvent());
            NoteTag n = notes.get(l.getNote());
            if (e == null || n == null) {
                continue;
            }
            String eventId = eventId(a, e);
            String noteId = noteId(a, n);
            out.add(ReactionLink.newBuilder()
                    .setId(reactionId(eventId, noteId))
                    .setEventId(eventId)
                    .setEventType(e.getType())
                    .setEventArticleId(a.getArticleId())
                    .setEventCountries(e.getCountries())
                    .setNoteId(noteId)
                    .setNoteSourceId(a.getArticleId())
                    .setNoteSourceKind(LinkSources.SOURCE_ARTICLE)
                    .setAsset(n.getAsset())
                    .setDirection(n.getDirection())
                    .setMagnitude(n.getMagnitude())
                    .setModality(n.getModality())
                    .setLinkKey(LinkKeys.forNote(n.getCountries(), n.getAsset()))
                    .setBasis(l.getBasis())
                    .setConfidence(l.getConfidence())
                    .setLagMs(0)
                    .setEventTime(a.getEventTime())
                    .setNoteTime(a.getEventTime())
                    .setTaxonomyVersion(a.getTaxonomyVersion())
                    .setTaggerVersion(a.getTaggerVersion())
                    .build());
        }
        return out;
    }

    /** As on {@code market.notes.tagged.v1}: {@code <article id>/<note id>}. */
    public static String noteId(EnrichedArticle a, NoteTag n) {
        return a.getArticleId() + "/" + n.getId();
    }

    /** A reaction's id, inside an article or across feeds: {@code <event id>|<note id>}. */
    public static String reactionId(String eventId, String noteId) {
        return eventId + "|" + noteId;
    }

    /** The id of a political event across the pipeline: {@code <article id>/<event id>}. */
    public static String eventId(EnrichedArticle a, EventTag e) {
        return a.getArticleId() + "/" + e.getId();
    }
}
