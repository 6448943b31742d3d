package dev.mrt.tagging.notes;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Modality;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.Sentence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One asset, one direction per modality in an article, unless the text says the move came in
 * legs. Notes of one asset (or of a family code and its member) that disagree (realized with realized, expected or
 * conditional with their like) are settled so:
 *
 * <ul>
 *   <li>a flat move beside a rise or fall of the same asset goes (the move is the news),
 *       unless its own sentence says the move came in steps;
 *   <li>a rise and a fall both stay when a sentence stating either says the move reversed or
 *       came in steps ({@code legs}: "initially", "pared", "before retreating");
 *   <li>otherwise the direction more sentences state stays, ties going to the surer note and
 *       then to the earlier one.
 * </ul>
 */
final class NoteConsistency {
    private final Taxonomy taxonomy;

    NoteConsistency(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    private record Key(String family, boolean realized) {}

    void settle(ArticleAnalysis a, List<MarketMove> notes) {
        Map<Key, List<MarketMove>> byAsset = new LinkedHashMap<>();
        for (MarketMove m : notes) {
            byAsset.computeIfAbsent(
                            new Key(taxonomy.familyOf(m.asset()), m.modality() == Modality.REALIZED),
                            k -> new ArrayList<>())
                    .add(m);
        }
        List<MarketMove> drop = new ArrayList<>();
        for (Map.Entry<Key, List<MarketMove>> family : byAsset.entrySet()) {
            for (List<MarketMove> same : sameAsset(family.getKey().family(), family.getValue())) {
                settleOne(a, same, drop);
            }
        }
        notes.removeAll(drop);
    }

    /**
     * "The DAX rose and the FTSE MIB fell" are two assets of one family, both notes; a note of
     * the family code itself ("European shares") speaks of each member, so it is settled with
     * every member's notes.
     */
    private static List<List<MarketMove>> sameAsset(String family, List<MarketMove> notes) {
        Map<String, List<MarketMove>> members = new LinkedHashMap<>();
        List<MarketMove> broad = new ArrayList<>();
        for (MarketMove m : notes) {
            if (m.asset().equals(family)) {
                broad.add(m);
            } else {
                members.computeIfAbsent(m.asset(), k -> new ArrayList<>()).add(m);
            }
        }
        if (members.isEmpty()) {
            return List.of(broad);
        }
        List<List<MarketMove>> out = new ArrayList<>();
        for (List<MarketMove> member : members.values()) {
            List<MarketMove> same = new ArrayList<>(broad);
            same.addAll(member);
            out.add(same);
        }
        return out;
    }

    private void settleOne(ArticleAnalysis a, List<MarketMove> same, List<MarketMove> drop) {
        {
            if (same.size() < 2
                    || same.stream().map(MarketMove::direction).distinct().count() < 2) {
                return;
            }
            boolean moved =
                    same.stream().anyMatch(m -> m.direction() == Direction.UP || m.direction() == Direction.DOWN);
            // A flat gloss beside a rise or fall goes, unless its own sentence tells a step
            // ("trimmed gains and was little changed").
            if (moved) {
                same.stream()
                        .filter(m -> m.direction() == Direction.FLAT && !statesLegs(a, List.of(m)))
                        .forEach(drop::add);
            }
            if (statesLegs(a, same)) {
                return;
            }
            List<MarketMove> ups =
                    same.stream().filter(m -> m.direction() == Direction.UP).toList();
            List<MarketMove> downs =
                    same.stream().filter(m -> m.direction() == Direction.DOWN).toList();
            if (ups.isEmpty() || downs.isEmpty()) {
                return;
            }
            drop.addAll(weaker(ups, downs));
        }
    }

    /** The side that loses: fewer sentences, else lower confidence, else stated later. */
    private static List<MarketMove> weaker(List<MarketMove> ups, List<MarketMove> downs) {
        int u = support(ups);
        int d = support(downs);
        if (u != d) {
            return u < d ? ups : downs;
        }
        double cu = ups.stream().mapToDouble(MarketMove::confidence).max().orElse(0);
        double cd = downs.stream().mapToDouble(MarketMove::confidence).max().orElse(0);
        if (cu != cd) {
            return cu < cd ? ups : downs;
        }
        return first(ups) < first(downs) ? downs : ups;
    }

    private static int support(List<MarketMove> side) {
        return side.stream().mapToInt(m -> m.sentences().size()).sum();
    }

    private static int first(List<MarketMove> side) {
        return side.stream().mapToInt(MarketMove::moveFrom).min().orElse(Integer.MAX_VALUE);
    }

    private static boolean statesLegs(ArticleAnalysis a, List<MarketMove> same) {
        for (MarketMove m : same) {
            for (int si : m.sentences()) {
                Sentence s = a.sentences().get(si);
                for (int j = s.from(); j < s.to(); j++) {
                    if (a.lexicon().legs().contains(a.norm(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
