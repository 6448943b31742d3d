package dev.mrt.tagging;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.text.Sentence;
import java.util.ArrayList;
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
    private ModelCues() {}

    static List<String> of(ArticleAnalysis a, Sentence s) {
        Set<String> cues = new LinkedHashSet<>();
        int countries = 0;
        for (Mention m : a.mentions().get(s.index())) {
            for (Concept c : m.concepts()) {
                if (c instanceof Concept.Trigger t) {
                    cues.add("trigger:" + t.trigger().eventType());
                } else if (c instanceof Concept.Institution i) {
                    cues.add("institution:" + i.institution().kind().code());
                } else if (c instanceof Concept.Person p) {
                    cues.add(
                            p.person().isLeader()
                                    ? "person:leader"
                                    : p.person().isCentralBanker() ? "person:central_banker" : "person");
                } else if (c instanceof Concept.Country) {
                    countries++;
                } else if (c instanceof Concept.Asset as) {
                    cues.add("asset:" + as.assetClass().code());
                } else if (c instanceof Concept.Currency) {
                    cues.add("currency");
                } else if (c instanceof Concept.DirectionWord) {
                    cues.add("direction_word");
                } else if (c instanceof Concept.ModalityMarker mm) {
                    cues.add("modality:" + mm.modality().code());
                } else if (c instanceof Concept.Negation) {
                    cues.add("negation");
                } else if (c instanceof Concept.Attribution) {
                    cues.add("attribution");
                } else if (c instanceof Concept.CausalCue) {
                    cues.add("causal");
                } else if (c instanceof Concept.Reference r) {
                    r.eventTypes().forEach(t -> cues.add("reference:" + t));
                } else if (c instanceof Concept.RiskWord) {
                    cues.add("risk_word");
                } else if (c instanceof Concept.DateWord d) {
                    cues.add("date:" + d.kind().name().toLowerCase(java.util.Locale.ROOT));
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
        return new ArrayList<>(cues);
    }
}
