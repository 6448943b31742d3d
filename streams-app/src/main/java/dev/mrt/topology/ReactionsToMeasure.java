package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.ReactionToMeasure;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The reactions of a source as the realized-move stage takes them, whatever produced them: here
 * the links inside an enriched article (both anchors are the article's publication). Reactions
 * whose asset has no instrument are left out: nothing can measure them (the API says so).
 */
public final class ReactionsToMeasure {

    private ReactionsToMeasure() {}

    public static List<ReactionToMeasure> of(EnrichedArticle a, Instruments instruments) {
        Map<String, EventTag> events = a.getPoliticalEvents().stream()
                .collect(Collectors.toMap(EventTag::getId, Function.identity(), (x, y) -> x));
        Map<String, NoteTag> notes =
                a.getMarketNotes().stream().collect(Collectors.toMap(NoteTag::getId, Function.identity(), (x, y) -> x));
        Map<String, ReactionToMeasure> out = new LinkedHashMap<>();
        for (LinkTag l : a.getLinks()) {
            EventTag e = events.get(l.getEvent());
            NoteTag n = notes.get(l.getNote());
            if (e == null || n == null) {
                continue;
            }
            Optional<Instrument> instrument = instruments.forAsset(n.getAsset());
            if (instrument.isEmpty()) {
                continue;
            }
            String eventId = ArticleViews.eventId(a, e);
            String noteId = ArticleViews.noteId(a, n);
            String id = ArticleViews.reactionId(eventId, noteId);
            out.putIfAbsent(
                    id,
                    ReactionToMeasure.newBuilder()
                            .setReactionId(id)
                            .setScope(RealizedMoves.SCOPE_ARTICLE)
                            .setEventId(eventId)
                            .setEventType(e.getType())
                            .setEventTime(a.getEventTime())
                            .setEventDate(e.getEventDate())
                            .setPublicationTime(a.getEventTime())
                            .setNoteId(noteId)
                            .setNoteSourceId(a.getArticleId())
                            .setNoteSourceKind(LinkSources.SOURCE_ARTICLE)
                            .setAsset(n.getAsset())
                            .setInstrument(instrument.get().code())
                            .setDirection(n.getDirection())
                            .setMagnitude(n.getMagnitude())
                            .setModality(n.getModality())
                            .setAttribution(n.getAttribution())
                            .setOutlet(a.getSource())
                            .setTaxonomyVersion(a.getTaxonomyVersion())
                            .build());
        }
        return new ArrayList<>(out.values());
    }
}
