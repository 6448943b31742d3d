package dev.mrt.topology;

import dev.mrt.avro.LinkEvent;
import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.ReactionLink;
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

    /**
     * @param eventSource the source the event came from (its time and versions are the event's)
     * @param noteSource  the source the note came from
     * @return the link, or null when the note comes from the event's own article (linked there already)
     */
    static ReactionLink link(
            String key, LinkEvent event, LinkSource eventSource, LinkNote note, LinkSource noteSource) {
        if (noteSource.getSourceId().equals(event.getArticleId())) {
            return null;
        }
        long lag = noteSource.getEventTime().toEpochMilli()
                - eventSource.getEventTime().toEpochMilli();
        return ReactionLink.newBuilder()
                .setId(linkId(event, note))
                .setEventId(event.getId())
                .setEventType(event.getType())
                .setEventArticleId(event.getArticleId())
                .setEventCountries(event.getCountries())
                .setNoteId(note.getId())
                .setNoteSourceId(noteSource.getSourceId())
                .setNoteSourceKind(noteSource.getSourceKind())
                .setAsset(note.getAsset())
                .setDirection(note.getDirection())
                .setMagnitude(note.getMagnitude())
                .setModality(note.getModality())
                .setLinkKey(key)
                .setBasis(BASIS)
                .setConfidence(confidence(key, event.getConfidence(), note.getConfidence(), lag))
                .setLagMs(lag)
                .setEventTime(eventSource.getEventTime())
                .setNoteTime(noteSource.getEventTime())
                .setTaxonomyVersion(eventSource.getTaxonomyVersion())
                .setTaggerVersion(eventSource.getTaggerVersion())
                .build();
    }

    /** {@code <event id>|<note id>}: deterministic, so a link found again is the same link. */
    static String linkId(LinkEvent event, LinkNote note) {
        return event.getId() + "|" + note.getId();
    }

    static double confidence(String key, double eventConfidence, double noteConfidence, long lagMs) {
        return confidence(base(key), eventConfidence, noteConfidence, lagMs);
    }

    /** The score of a key before the extractions' confidences and the lag: a pair is stronger evidence. */
    static double base(String key) {
        return LinkKeys.isPair(key) ? PAIR_BASE : SINGLE_BASE;
    }

    static double confidence(double base, double eventConfidence, double noteConfidence, long lagMs) {
        double hours = Math.abs(lagMs) / (double) Duration.ofHours(1).toMillis();
        double lagWeight = hours <= FULL_WEIGHT_HOURS
                ? 1.0
                : Math.max(0.5, 1.0 - 0.5 * (hours - FULL_WEIGHT_HOURS) / (HALF_WEIGHT_HOURS - FULL_WEIGHT_HOURS));
        double c = base * Math.sqrt(Math.max(0, eventConfidence) * Math.max(0, noteConfidence)) * lagWeight;
        return Math.round(c * 1000) / 1000.0;
    }
}
