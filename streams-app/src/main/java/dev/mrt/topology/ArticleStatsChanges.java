package dev.mrt.topology;

import dev.mrt.avro.StatsChange;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a tagged article changes in the statistics by itself: its reactions' cells added in the
 * windows of its publication time, the cells of the revision it replaces taken out of theirs;
 * one change per window.
 */
final class ArticleStatsChanges {

    private ArticleStatsChanges() {}

    static List<StatsChange> of(TaggedArticle t, List<StatsWindowing> windowings) {
        long time = t.enriched().getEventTime().toEpochMilli();
        List<StatsChange> out = new ArrayList<>();
        for (StatsWindowing w : windowings) {
            Map<Long, StatsCells> byStart = new TreeMap<>();
            if (t.previous() != null) {
                byStart.computeIfAbsent(w.windowStart(t.previousTime()), s -> StatsCells.empty())
                        .add(t.previous().contribution(), -1);
            }
            byStart.computeIfAbsent(w.windowStart(time), s -> StatsCells.empty())
                    .add(t.contribution(), 1);
            byStart.forEach((start, cells) -> {
                if (!cells.isEmpty()) {
                    out.add(change(w, start, cells));
                }
            });
        }
        return out;
    }

    static StatsChange change(StatsWindowing w, long start, StatsCells cells) {
        return new StatsChange(w.deltaKey(start), Instant.ofEpochMilli(start), ByteBuffer.wrap(cells.toBytes()));
    }
}
