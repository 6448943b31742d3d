package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.TaggedMarketNote;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KeyValue;

/** Splits what was found in one source into per-event and per-note records keyed by link key. */
public final class TagFanOut {
    public static final String SOURCE_ARTICLE = "article";
    public static final String SOURCE_NOTE_FEED = "note_feed";

    private TagFanOut() {}

    public static List<KeyValue<String, PoliticalEvent>> events(EnrichedArticle a) {
        List<KeyValue<String, PoliticalEvent>> out = new ArrayList<>();
        for (EventTag e : a.getPoliticalEvents()) {
            for (String key : LinkKeys.forEvent(e.getCountries())) {
                out.add(KeyValue.pair(
                        key,
                        PoliticalEvent.newBuilder()
                                .setId(a.getArticleId() + "/" + e.getId())
                                .setArticleId(a.getArticleId())
                                .setHeadline(a.getTitle())
                                .setEvent(e)
                                .setLinkKey(key)
                                .setEventTime(a.getEventTime())
                                .setTaxonomyVersion(a.getTaxonomyVersion())
                                .setTaggerVersion(a.getTaggerVersion())
                                .build()));
            }
        }
        return out;
    }

    public static List<KeyValue<String, TaggedMarketNote>> notes(
            String sourceId,
            String sourceKind,
            List<NoteTag> notes,
            java.time.Instant eventTime,
            String taxonomyVersion,
            String taggerVersion) {
        List<KeyValue<String, TaggedMarketNote>> out = new ArrayList<>();
        for (NoteTag n : notes) {
            String key = LinkKeys.forNote(n.getCountries(), n.getAsset());
            out.add(KeyValue.pair(
                    key,
                    TaggedMarketNote.newBuilder()
                            .setId(sourceId + "/" + n.getId())
                            .setSourceId(sourceId)
                            .setSourceKind(sourceKind)
                            .setNote(n)
                            .setLinkKey(key)
                            .setEventTime(eventTime)
                            .setTaxonomyVersion(taxonomyVersion)
                            .setTaggerVersion(taggerVersion)
                            .build()));
        }
        return out;
    }

    public static List<KeyValue<String, TaggedMarketNote>> notes(EnrichedArticle a) {
        return notes(
                a.getArticleId(),
                SOURCE_ARTICLE,
                a.getMarketNotes(),
                a.getEventTime(),
                a.getTaxonomyVersion(),
                a.getTaggerVersion());
    }
}
