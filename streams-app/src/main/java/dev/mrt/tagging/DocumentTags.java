package dev.mrt.tagging;

import dev.mrt.tagging.events.MergedEvent;
import dev.mrt.tagging.notes.MarketMove;
import dev.mrt.tagging.taxonomy.AssetClass;
import dev.mrt.tagging.taxonomy.TagRule;
import dev.mrt.tagging.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies the taxonomy's tag rules to what was found; tags come out in rule order. */
final class DocumentTags {
    private DocumentTags() {}

    static List<String> of(Taxonomy taxonomy, List<MergedEvent> events, List<MarketMove> notes) {
        // Country pairs come from the events: a USD pair in the notes does not make a story about the US.
        Set<String> countries = new HashSet<>();
        events.forEach(e -> countries.addAll(e.countries()));
        Set<AssetClass> classes = new HashSet<>();
        notes.forEach(n -> classes.add(taxonomy.assetClassOf(n.asset())));
        List<String> out = new ArrayList<>();
        for (TagRule r : taxonomy.tagRules()) {
            boolean ok = true;
            if (!r.eventPrefixes().isEmpty()) {
                ok = events.stream().anyMatch(e -> r.eventPrefixes().stream().anyMatch(e.type()::startsWith));
            }
            if (ok && !r.assetClasses().isEmpty()) {
                ok = r.assetClasses().stream().anyMatch(classes::contains);
            }
            if (ok && !r.countriesAll().isEmpty()) {
                ok = countries.containsAll(r.countriesAll());
            }
            if (ok && r.risk() != null) {
                ok = notes.stream()
                        .anyMatch(n ->
                                taxonomy.assetClassOf(n.asset()) == AssetClass.SENTIMENT && n.direction() == r.risk());
            }
            if (ok && !out.contains(r.tag())) {
                out.add(r.tag());
            }
        }
        return out;
    }
}
