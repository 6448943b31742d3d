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

    /**
     * True when no candidate of confidence {@code bound} or less, at a lag of {@code absLag} or
     * more, can enter {@code best}: the list is full and its worst scores higher, or as high at a
     * shorter lag.
     */
    static boolean cannotEnter(List<ReactionLink> best, double bound, long absLag, int limit) {
        if (best.size() < limit) {
            return false;
        }
        ReactionLink worst = best.get(best.size() - 1);
        return bound < worst.getConfidence() || (bound == worst.getConfidence() && absLag > Math.abs(worst.getLagMs()));
    }

    /**
     * True when the candidate link {@code id} of that confidence and lag would not enter
     * {@code best}: checked before the link is built, as most candidates on a busy key lose.
     */
    static boolean loses(
            List<ReactionLink> best,
            double confidence,
            long absLag,
            java.util.function.Supplier<String> id,
            int limit) {
        if (best.size() < limit) {
            return false;
        }
        ReactionLink worst = best.get(best.size() - 1);
        double wc = worst.getConfidence();
        long wl = Math.abs(worst.getLagMs());
        return confidence < wc
                || (confidence == wc
                        && (absLag > wl || (absLag == wl && id.get().compareTo(worst.getId()) >= 0)));
    }
}
