package dev.mrt.topology;

import dev.mrt.avro.ReactionLink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which a note's candidate links compete: highest confidence first, then the
 * shortest lag, then the link id. A total order on distinct links, so the best few of a set do
 * not depend on the order in which the set was seen.
 */
final class BestLinks {
    static final Comparator<ReactionLink> BEST_FIRST = Comparator.comparingDouble(ReactionLink::getConfidence)
            .reversed()
            .thenComparingLong(l -> Math.abs(l.getLagMs()))
            .thenComparing(ReactionLink::getId);

    private BestLinks() {}

    /**
     * {@code best} (best first, at most {@code limit}) with {@code candidate} offered: a new list
     * when it enters, the same list when it does not.
     */
    static List<ReactionLink> offer(List<ReactionLink> best, ReactionLink candidate, int limit) {
        int at = 0;
        while (at < best.size() && BEST_FIRST.compare(best.get(at), candidate) <= 0) {
            at++;
        }
        if (at >= limit) {
            return best;
        }
        List<ReactionLink> out = new ArrayList<>(Math.min(limit, best.size() + 1));
        out.addAll(best.subList(0, at));
        out.add(candidate);
        out.addAll(best.subList(at, Math.min(best.size(), limit - 1)));
        return out;
    }

    /** True when a candidate of confidence {@code bound} or less cannot enter {@code best}. */
    static boolean cannotEnter(List<ReactionLink> best, double bound, int limit) {
        return best.size() >= limit && bound < best.get(best.size() - 1).getConfidence();
    }
}
