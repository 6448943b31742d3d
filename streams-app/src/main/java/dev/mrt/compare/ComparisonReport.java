package dev.mrt.compare;

import java.util.List;
import java.util.Map;

/**
 * How two enriched topics differ. The tables count over {@code scope}: by default the articles
 * present on both sides, so that a replay of one week compared with a year of live output shows
 * what the taxonomy changed, not what the replay left out.
 *
 * @param eventTypes political events per event type
 * @param assets     market notes per asset and direction
 * @param tags       articles per document tag
 * @param changed    total number of articles in scope whose findings differ
 * @param examples   the first few of them, by article id
 */
public record ComparisonReport(
        String left,
        String right,
        String scope,
        long leftArticles,
        long rightArticles,
        long inBoth,
        long onlyLeft,
        long onlyRight,
        long changed,
        long unchanged,
        Map<String, Long> leftVersions,
        Map<String, Long> rightVersions,
        List<CountRow> eventTypes,
        List<CountRow> assets,
        List<CountRow> tags,
        List<ArticleChange> examples,
        List<String> onlyLeftExamples,
        List<String> onlyRightExamples) {

    public static final String SCOPE_BOTH = "articles on both sides";
    public static final String SCOPE_ALL = "all articles";

    public boolean identical() {
        return changed == 0 && onlyLeft == 0 && onlyRight == 0;
    }
}
