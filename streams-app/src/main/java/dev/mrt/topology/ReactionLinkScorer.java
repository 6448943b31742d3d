package dev.mrt.topology;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import java.time.Duration;

/**
 * Links a political event with a market note from another source that met it on a link key
 * inside the time window. Confidence: a shared country pair is stronger evidence (0.7) than a
 * single shared country (0.45); scaled by the geometric mean of the two extractions'
 * confidences and by the lag (full within an hour, falling linearly to half at 24 hours).
 */
final class ReactionLinkScorer {
    static final String BASIS = "cross_feed_window";
    private static final double PAIR_BASE = 0.7;
    private static final double SINGLE_BASE = 0.45;
    private static final double FULL_WEIGHT_HOURS = 1.0;
    private static final double HALF_WEIGHT_HOURS = 24.0;

    private ReactionLinkScorer() {}

    /** @return the link, or null when the note comes from the event's own article (linked there already) */
    static ReactionLink link(String key, PoliticalEvent event, TaggedMarketNote note) {
        if (note.getSourceId().equals(event.getArticleId())) {
            return null;
        }
        long lag = note.getEventTime().toEpochMilli() - event.getEventTime().toEpochMilli();
        var n = note.getNote();
        return ReactionLink.newBuilder()
                .setId(event.getId() + "|" + note.getId())
                .setEventId(event.getId())
                .setEventType(event.getEvent().getType())
                .setEventArticleId(event.getArticleId())
                .setEventCountries(event.getEvent().getCountries())
                .setNoteId(note.getId())
                .setNoteSourceId(note.getSourceId())
                .setNoteSourceKind(note.getSourceKind())
                .setAsset(n.getAsset())
                .setDirection(n.getDirection())
                .setMagnitude(n.getMagnitude())
                .setModality(n.getModality())
                .setLinkKey(key)
                .setBasis(BASIS)
                .setConfidence(confidence(key, event.getEvent().getConfidence(), n.getConfidence(), lag))
                .setLagMs(lag)
                .setEventTime(event.getEventTime())
                .setNoteTime(note.getEventTime())
                .setTaxonomyVersion(event.getTaxonomyVersion())
                .setTaggerVersion(event.getTaggerVersion())
                .build();
    }

    static double confidence(String key, double eventConfidence, double noteConfidence, long lagMs) {
        double base = LinkKeys.isPair(key) ? PAIR_BASE : SINGLE_BASE;
        double hours = Math.abs(lagMs) / (double) Duration.ofHours(1).toMillis();
        double lagWeight = hours <= FULL_WEIGHT_HOURS
                ? 1.0
                : Math.max(0.5, 1.0 - 0.5 * (hours - FULL_WEIGHT_HOURS) / (HALF_WEIGHT_HOURS - FULL_WEIGHT_HOURS));
        double c = base * Math.sqrt(Math.max(0, eventConfidence) * Math.max(0, noteConfidence)) * lagWeight;
        return Math.round(c * 1000) / 1000.0;
    }
}
