package dev.mrt.tagging;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Applies the taxonomy's tag rules to what was found; tags come out in rule order. */
final class DocumentTagger {
    private DocumentTagger() {
    }

    static List<String> tags(Taxonomy taxonomy, List<PoliticalEvent> events, List<MarketMove> notes) {
        Set<String> countries = new HashSet<>();
        events.forEach(e -> countries.addAll(e.countries));
        notes.forEach(n -> countries.addAll(taxonomy.countriesOf(n.asset())));
        Set<String> classes = new HashSet<>();
        notes.forEach(n -> classes.add(taxonomy.assetClassOf(n.asset())));
        List<String> out = new ArrayList<>();
        for (TagRule r : taxonomy.tagRules()) {
            boolean ok = true;
            if (!r.eventPrefixes().isEmpty()) {
                ok = events.stream().anyMatch(e -> r.eventPrefixes().stream().anyMatch(e.type::startsWith));
            }
            if (ok && !r.assetClasses().isEmpty()) {
                ok = r.assetClasses().stream().anyMatch(classes::contains);
            }
            if (ok && !r.countriesAll().isEmpty()) {
                ok = countries.containsAll(r.countriesAll());
            }
            if (ok && r.risk() != null) {
                ok = notes.stream().anyMatch(n -> taxonomy.assetClassOf(n.asset()).equals("sentiment")
                        && n.direction() == r.risk());
            }
            if (ok && !out.contains(r.tag())) {
                out.add(r.tag());
            }
        }
        return out;
    }
}
