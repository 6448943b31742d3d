package dev.mrt.topology;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the best few links of one arriving record: the highest confidence first, then the
 * shortest lag, then the id, so the choice is deterministic (a replay picks the same links).
 */
final class ReactionCandidates {
    private static final Comparator<ReactionLink> BEST_FIRST = Comparator.comparingDouble(ReactionLink::getConfidence)
            .reversed()
            .thenComparingLong(l -> Math.abs(l.getLagMs()))
            .thenComparing(ReactionLink::getId);

    private final int limit;
    /** The best so far, worst last; never longer than {@code limit}. */
    private final List<ReactionLink> links = new ArrayList<>();

    ReactionCandidates(int limit) {
        this.limit = limit;
    }

    void consider(String key, PoliticalEvent event, TaggedMarketNote note) {
        if (full()) {
            // Most pairs on a busy key lose: score them before building a link record for them.
            double c = ReactionLinkScorer.confidence(
                    key,
                    event.getEvent().getConfidence(),
                    note.getNote().getConfidence(),
                    note.getEventTime().toEpochMilli() - event.getEventTime().toEpochMilli());
            if (c < links.get(links.size() - 1).getConfidence()) {
                return;
            }
        }
        ReactionLink link = ReactionLinkScorer.link(key, event, note);
        if (link == null) {
            return;
        }
        int at = 0;
        while (at < links.size() && BEST_FIRST.compare(links.get(at), link) <= 0) {
            at++;
        }
        if (at < limit) {
            links.add(at, link);
            if (links.size() > limit) {
                links.remove(links.size() - 1);
            }
        }
    }

    /**
     * True when a counterpart scoring at most {@code bound} could not displace any link kept:
     * the list is full and even its worst scores strictly higher (an equal score might still win
     * on a shorter lag or the id).
     */
    boolean cannotImproveOn(double bound) {
        return full() && bound < links.get(links.size() - 1).getConfidence();
    }

    private boolean full() {
        return limit > 0 && links.size() >= limit;
    }

    List<ReactionLink> best() {
        return List.copyOf(links);
    }
}
