package dev.mrt.compare;

import java.util.Map;

/**
 * An enriched topic as read for a comparison: the latest record of each article (a revision
 * replaces the earlier value, as a dashboard would show it).
 *
 * @param records records read, tombstones included
 */
public record TopicSnapshot(String topic, Map<String, ArticleFindings> articles, long records) {

    public TopicSnapshot {
        articles = Map.copyOf(articles);
    }
}
