package dev.mrt.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/** Compares two snapshots of enriched topics: counts per event type, asset and tag, and the articles that changed. */
public final class OutputComparison {

    private OutputComparison() {}

    /**
     * @param allArticles count every article of each side (default: only those on both sides)
     * @param maxExamples how many changed articles (and one-sided ones) to list
     */
    public static ComparisonReport compare(
            TopicSnapshot left, TopicSnapshot right, boolean allArticles, int maxExamples) {
        Set<String> both = new TreeSet<>(left.articles().keySet());
        both.retainAll(right.articles().keySet());
        List<String> onlyLeft = new TreeSet<>(left.articles().keySet())
                .stream().filter(id -> !both.contains(id)).toList();
        List<String> onlyRight = new TreeSet<>(right.articles().keySet())
                .stream().filter(id -> !both.contains(id)).toList();

        Collection<ArticleFindings> l = allArticles
                ? left.articles().values()
                : both.stream().map(left.articles()::get).toList();
        Collection<ArticleFindings> r = allArticles
                ? right.articles().values()
                : both.stream().map(right.articles()::get).toList();

        List<ArticleChange> examples = new ArrayList<>();
        long changed = 0;
        for (String id : both) {
            ArticleFindings a = left.articles().get(id);
            ArticleFindings b = right.articles().get(id);
            if (!a.fingerprint().equals(b.fingerprint())) {
                changed++;
                if (examples.size() < maxExamples) {
                    examples.add(change(a, b));
                }
            }
        }
        return new ComparisonReport(
                left.topic(),
                right.topic(),
                allArticles ? ComparisonReport.SCOPE_ALL : ComparisonReport.SCOPE_BOTH,
                left.articles().size(),
                right.articles().size(),
                both.size(),
                onlyLeft.size(),
                onlyRight.size(),
                changed,
                both.size() - changed,
                versions(left.articles().values()),
                versions(right.articles().values()),
                rows(
                        count(l, f -> f.events().stream().map(EventKey::type)),
                        count(r, f -> f.events().stream().map(EventKey::type))),
                rows(
                        count(l, f -> f.notes().stream().map(NoteKey::assetDirection)),
                        count(r, f -> f.notes().stream().map(NoteKey::assetDirection))),
                rows(
                        count(l, f -> f.tags().stream().distinct()),
                        count(r, f -> f.tags().stream().distinct())),
                examples,
                onlyLeft.stream().limit(maxExamples).toList(),
                onlyRight.stream().limit(maxExamples).toList());
    }

    static ArticleChange change(ArticleFindings a, ArticleFindings b) {
        List<String> before = items(a);
        List<String> after = items(b);
        return new ArticleChange(a.id(), b.title(), minus(after, before), minus(before, after));
    }

    private static List<String> items(ArticleFindings f) {
        List<String> out = new ArrayList<>();
        f.events().forEach(e -> out.add("event " + e.label()));
        f.notes().forEach(n -> out.add("note " + n.label()));
        f.links().forEach(k -> out.add("link " + k));
        f.tags().forEach(t -> out.add("tag " + t));
        return out;
    }

    /** Multiset difference: an event found twice before and once now was removed once. */
    private static List<String> minus(List<String> a, List<String> b) {
        Map<String, Integer> remaining = new HashMap<>();
        b.forEach(x -> remaining.merge(x, 1, Integer::sum));
        List<String> out = new ArrayList<>();
        for (String x : a) {
            if (remaining.getOrDefault(x, 0) > 0) {
                remaining.merge(x, -1, Integer::sum);
            } else {
                out.add(x);
            }
        }
        return out;
    }

    private static Map<String, Long> count(
            Collection<ArticleFindings> articles, Function<ArticleFindings, Stream<String>> keys) {
        Map<String, Long> out = new TreeMap<>();
        articles.forEach(f -> keys.apply(f).forEach(k -> out.merge(k, 1L, Long::sum)));
        return out;
    }

    private static List<CountRow> rows(Map<String, Long> left, Map<String, Long> right) {
        Set<String> keys = new TreeSet<>(left.keySet());
        keys.addAll(right.keySet());
        return keys.stream()
                .map(k -> new CountRow(k, left.getOrDefault(k, 0L), right.getOrDefault(k, 0L)))
                .toList();
    }

    private static Map<String, Long> versions(Collection<ArticleFindings> articles) {
        return count(articles, f -> Stream.of("taxonomy " + f.taxonomyVersion() + ", tagger " + f.taggerVersion()));
    }
}
