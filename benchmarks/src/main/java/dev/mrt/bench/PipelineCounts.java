package dev.mrt.bench;

import java.util.concurrent.TimeUnit;

import dev.mrt.topology.PipelineMetrics;
import io.micrometer.core.instrument.Timer;

/**
 * What the pipeline's own metrics counted over one run: the fan-out per article and the time
 * spent inside the tagger ({@code mrt.tagging.time}, measured around each {@code tag} call).
 */
record PipelineCounts(double tagged, double events, double notes, double articleLinks, double crossFeedLinks,
        double deadLetters, double lateRecords, double taggingSeconds) {

    static PipelineCounts of(PipelineMetrics m) {
        Timer tagging = m.registry().find("mrt.tagging.time").timer();
        return new PipelineCounts(
                m.total("mrt.articles.tagged"),
                m.total("mrt.political.events"),
                m.total("mrt.market.notes"),
                m.count("mrt.links", "scope", "article"),
                m.count("mrt.links", "scope", "cross_feed"),
                m.total("mrt.dead.lettered"),
                m.total("mrt.late.records"),
                tagging == null ? 0 : tagging.totalTime(TimeUnit.NANOSECONDS) / 1e9);
    }

    double perArticle(double value) {
        return tagged == 0 ? 0 : value / tagged;
    }
}
