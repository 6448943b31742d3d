package dev.mrt.testing;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.ReactionStatsWindow;
import dev.mrt.runtime.CommittedTable;
import dev.mrt.topology.ReactionIncrements;
import dev.mrt.topology.StatsCells;
import dev.mrt.topology.StatsWindowing;
import dev.mrt.topology.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The output topics read as the tables they are (the latest record of a key is its value, a
 * tombstone removes it), and the statistics they imply: what a downstream consumer sees, to
 * check the pipeline's own statistics and API against.
 */
public final class OutputTables {

    private OutputTables() {}

    public static Map<String, EnrichedArticle> enriched(String bootstrap, Topics topics) {
        return CommittedTable.read(bootstrap, topics.enriched());
    }

    public static Map<String, NoteLinks> links(String bootstrap, Topics topics) {
        return CommittedTable.read(bootstrap, topics.links());
    }

    public static Map<String, ReactionStatsWindow> stats(String bootstrap, Topics topics) {
        return CommittedTable.read(bootstrap, topics.stats());
    }

    public static List<ReactionLink> crossFeed(Map<String, NoteLinks> links) {
        List<ReactionLink> out = new ArrayList<>();
        links.values().forEach(row -> out.addAll(row.getLinks()));
        return out;
    }

    /**
     * The statistics windows of one size the articles and cross-feed links imply, by output key:
     * each reaction inside an article in its article's window, each cross-feed link in its
     * political event's window.
     */
    public static Map<String, StatsCells> impliedStats(
            Map<String, EnrichedArticle> articles, Map<String, NoteLinks> links, Duration size) {
        Map<String, StatsCells> out = new TreeMap<>();
        for (EnrichedArticle a : articles.values()) {
            cells(out, a.getEventTime().toEpochMilli(), size).add(ReactionIncrements.of(a), 1);
        }
        for (ReactionLink l : crossFeed(links)) {
            ReactionIncrements.add(cells(out, l.getEventTime().toEpochMilli(), size), l, 1);
        }
        out.values().removeIf(StatsCells::isEmpty);
        return out;
    }

    /** The statistics topic's windows of one size as cells, by output key (empty windows left out). */
    public static Map<String, StatsCells> statsCells(Map<String, ReactionStatsWindow> windows, Duration size) {
        Map<String, StatsCells> out = new TreeMap<>();
        windows.forEach((key, w) -> {
            if (w.getWindowSizeMs() == size.toMillis() && !w.getCells().isEmpty()) {
                StatsCells c = StatsCells.empty();
                w.getCells().forEach(s -> c.add(s, 1));
                out.put(key, c);
            }
        });
        return out;
    }

    private static StatsCells cells(Map<String, StatsCells> out, long t, Duration size) {
        long start = t - Math.floorMod(t, size.toMillis());
        return out.computeIfAbsent(StatsWindowing.outputKey(start, size), k -> StatsCells.empty());
    }
}
