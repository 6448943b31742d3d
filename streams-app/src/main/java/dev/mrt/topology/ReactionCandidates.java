package dev.mrt.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;

/**
 * Keeps the best few links of one arriving record: the highest confidence first, then the
 * shortest lag, then the id, so the choice is deterministic (a replay picks the same links).
 */
final class ReactionCandidates {
    private static final Comparator<ReactionLink> BEST_FIRST = Comparator
            .comparingDouble(ReactionLink::getConfidence).reversed()
            .thenComparingLong(l -> Math.abs(l.getLagMs()))
            .thenComparing(ReactionLink::getId);

    private final int limit;
    private final List<ReactionLink> links = new ArrayList<>();

    ReactionCandidates(int limit) {
        this.limit = limit;
    }

    void consider(String key, PoliticalEvent event, TaggedMarketNote note) {
        ReactionLink link = ReactionLinkScorer.link(key, event, note);
        if (link != null) {
            links.add(link);
        }
    }

    List<ReactionLink> best() {
        return links.stream().sorted(BEST_FIRST).limit(limit).toList();
    }
}
