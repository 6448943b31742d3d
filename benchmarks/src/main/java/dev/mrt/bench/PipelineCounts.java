package dev.mrt.bench;

import dev.mrt.topology.PipelineMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * What the pipeline's own metrics counted over one run: the fan-out per article and the time
 * spent inside the tagger ({@code mrt.tagging.time}, measured around each {@code tag} call).
 */
record PipelineCounts(
        double tagged,
        double events,
        double notes,
        double articleLinks,
        double crossFeedLinks,
        double deadLetters,
        Map<String, Double> deadLettersByReason,
        Map<String, Double> lateByStage,
        double taggingSeconds) {

    static PipelineCounts of(PipelineMetrics m) {
        Timer tagging = m.registry().find("mrt.tagging.time").timer();
        return new PipelineCounts(
                m.total("mrt.articles.tagged"),
                m.total("mrt.political.events"),
                m.total("mrt.market.notes"),
                m.count("mrt.links", "scope", "article"),
                m.count("mrt.links", "scope", "cross_feed"),
                m.total("mrt.dead.lettered"),
                byTag(m, "mrt.dead.lettered", "reason"),
                byTag(m, "mrt.late.records", "stage"),
                tagging == null ? 0 : tagging.totalTime(TimeUnit.NANOSECONDS) / 1e9);
    }

    private static Map<String, Double> byTag(PipelineMetrics m, String name, String tag) {
        Map<String, Double> out = new TreeMap<>();
        for (Counter c : m.registry().find(name).counters()) {
            out.merge(String.valueOf(c.getId().getTag(tag)), c.count(), Double::sum);
        }
        return out;
    }

    double perArticle(double value) {
        return tagged == 0 ? 0 : value / tagged;
    }
}
