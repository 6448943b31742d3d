package dev.mrt.tagging;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the rules' reading of a sentence shows, as short names a learned model takes for
 * features: the event types of the triggers present (whether or not they made an event), the
 * kinds of entities (a central bank, a leader, a country, an asset of a class), negation,
 * hedges, reporting verbs, causal cues, dates. Kinds and codes only, never a name or a phrase,
 * so that a model learns what kinds of things a sentence speaks of rather than which ones.
 */
final class ModelCues {
    /**
     * Cue names built from codes, each built once: codes are the taxonomy's and the enums' (a
     * bounded set), and a cue is read per mention of every article.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> TRIGGERS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final java.util.concurrent.ConcurrentHashMap<String, String> REFERENCES =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<Object, String> ENUMS = enums();

    private ModelCues() {}

    private static java.util.Map<Object, String> enums() {
        java.util.Map<Object, String> m = new java.util.HashMap<>();
        for (var k : dev.mrt.tagging.taxonomy.InstitutionKind.values()) {
            m.put(k, "institution:" + k.code());
        }
        for (var c : dev.mrt.tagging.taxonomy.AssetClass.values()) {
            m.put(c, "asset:" + c.code());
        }
        for (var mo : dev.mrt.tagging.taxonomy.Modality.values()) {
            m.put(mo, "modality:" + mo.code());
        }
        for (var d : Concept.DateKind.values()) {
            m.put(d, "date:" + d.name().toLowerCase(java.util.Locale.ROOT));
        }
        return java.util.Map.copyOf(m);
    }

    static List<String> of(ArticleAnalysis a, Sentence s) {
        Set<String> cues = new LinkedHashSet<>();
        int countries = 0;
        for (Mention m : a.mentions().get(s.index())) {
            for (Concept c : m.concepts()) {
                if (c instanceof Concept.Trigger t) {
                    cues.add(TRIGGERS.computeIfAbsent(t.trigger().eventType(), type -> "trigger:" + type));
                } else if (c instanceof Concept.Institution i) {
                    cues.add(ENUMS.get(i.institution().kind()));
                } else if (c instanceof Concept.Person p) {
                    cues.add(
                            p.person().isLeader()
                                    ? "person:leader"
                                    : p.person().isCentralBanker() ? "person:central_banker" : "person");
                } else if (c instanceof Concept.Country) {
                    countries++;
                } else if (c instanceof Concept.Asset as) {
                    cues.add(ENUMS.get(as.assetClass()));
                } else if (c instanceof Concept.Currency) {
                    cues.add("currency");
                } else if (c instanceof Concept.DirectionWord) {
                    cues.add("direction_word");
                } else if (c instanceof Concept.ModalityMarker mm) {
                    cues.add(ENUMS.get(mm.modality()));
                } else if (c instanceof Concept.Negation) {
                    cues.add("negation");
                } else if (c instanceof Concept.Attribution) {
                    cues.add("attribution");
                } else if (c instanceof Concept.CausalCue) {
                    cues.add("causal");
                } else if (c instanceof Concept.Reference r) {
                    r.eventTypes().forEach(t -> cues.add(REFERENCES.computeIfAbsent(t, type -> "reference:" + type)));
                } else if (c instanceof Concept.RiskWord) {
                    cues.add("risk_word");
                } else if (c instanceof Concept.DateWord d) {
                    cues.add(ENUMS.get(d.kind()));
                } else if (c instanceof Concept.SpeechVerb) {
                    cues.add("speech_verb");
                } else if (c instanceof Concept.OtherSubject) {
                    cues.add("other_subject");
                }
            }
        }
        if (countries > 0) {
            cues.add(countries == 1 ? "countries:1" : "countries:2+");
        }
        // Who speaks matters more than that someone does: a government's word is a statement.
        if (cues.contains("speech_verb") || cues.contains("attribution")) {
            if (countries > 0) {
                cues.add("speaker?:country");
            }
            for (String who : List.of(
                    "person:leader",
                    "person:central_banker",
                    "person",
                    "institution:government",
                    "institution:ministry",
                    "institution:central_bank")) {
                if (cues.contains(who)) {
                    cues.add("speaker?:" + who);
                }
            }
        }
        return List.copyOf(cues);
    }
}
