package dev.mrt.tagging;

import java.util.ArrayList;
import java.util.List;

/**
 * Links events to notes within one article. In order of strength: the same sentence (a causal
 * cue between them makes it causal_cue), an explicit reference to the event in the note's
 * sentence or paragraph ("optimistic about the call"), a causal cue in the note's sentence
 * pointing at the nearest event ("after", "amid", "driven by"), and the same article when the
 * note's asset and the event share a country.
 */
final class LinkBuilder {
    private LinkBuilder() {
    }

    record Link(int event, int note, String basis, double confidence) {
    }

    static List<Link> build(ArticleAnalysis a, Taxonomy taxonomy, List<PoliticalEvent> events, List<MarketMove> notes) {
        List<Link> out = new ArrayList<>();
        if (events.isEmpty() || notes.isEmpty()) {
            return out;
        }
        References refs = References.of(a, taxonomy);
        List<java.util.Set<Integer>> eventParagraphs = new ArrayList<>();
        events.forEach(ev -> eventParagraphs.add(paragraphs(a, ev.sentences)));
        for (int n = 0; n < notes.size(); n++) {
            MarketMove note = notes.get(n);
            boolean linked = false;
            for (int e = 0; e < events.size(); e++) {
                Link best = null;
                for (int si : note.sentences()) {
                    Link l = direct(a, refs, events.get(e), a.sentences.get(si), e, n);
                    if (l != null && (best == null || l.confidence() > best.confidence())) {
                        best = l;
                    }
                }
                if (best != null) {
                    out.add(best);
                    linked = true;
                }
            }
            if (linked) {
                continue;
            }
            Sentence cued = null;
            for (int si : note.sentences()) {
                if (cued == null && hasCausalCue(a, a.sentences.get(si))) {
                    cued = a.sentences.get(si);
                }
            }
            if (cued != null) {
                int best = nearest(events, cued.index());
                int distance = distance(events.get(best), cued.index());
                out.add(new Link(best, n, LinkTag.CAUSAL_CUE, Math.round(Math.max(0.4, 0.7 - 0.05 * distance) * 100) / 100.0));
                continue;
            }
            if (startsApart(a, taxonomy, note)) {
                continue;
            }
            List<String> noteCountries = taxonomy.countriesOf(note.asset());
            java.util.Set<Integer> noteParagraphs = paragraphs(a, note.sentences());
            for (int e = 0; e < events.size(); e++) {
                PoliticalEvent ev = events.get(e);
                boolean sameParagraph = !java.util.Collections.disjoint(eventParagraphs.get(e), noteParagraphs);
                if (!java.util.Collections.disjoint(noteCountries, ev.countries)) {
                    out.add(new Link(e, n, LinkTag.SAME_ARTICLE, sameParagraph ? 0.5 : 0.4));
                } else if (sameParagraph) {
                    out.add(new Link(e, n, LinkTag.SAME_ARTICLE, 0.35));
                }
            }
        }
        out.sort((x, y) -> x.event() != y.event() ? Integer.compare(x.event(), y.event()) : Integer.compare(x.note(), y.note()));
        return out;
    }

    /** "Separately, copper rose": a note its own sentence sets apart is not tied to the article's events. */
    private static boolean startsApart(ArticleAnalysis a, Taxonomy taxonomy, MarketMove note) {
        for (int si : note.sentences()) {
            Sentence s = a.sentences.get(si);
            if (!taxonomy.lexicon().clauseBreaks().contains(a.norm(s.from()))) {
                return false;
            }
        }
        return true;
    }

    private static java.util.Set<Integer> paragraphs(ArticleAnalysis a, java.util.Collection<Integer> sentences) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        sentences.forEach(i -> out.add(a.sentences.get(i).paragraph()));
        return out;
    }

    /** A link by same sentence or explicit reference from one sentence of the note, or null. */
    private static Link direct(ArticleAnalysis a, References refs, PoliticalEvent ev, Sentence ns, int e, int n) {
        if (ev.sentences.contains(ns.index())) {
            boolean causal = hasCausalCue(a, ns);
            return new Link(e, n, causal ? LinkTag.CAUSAL_CUE : LinkTag.SAME_SENTENCE, causal ? 0.9 : 0.8);
        }
        if (refs.inSentence(ns.index(), ev.type)) {
            return new Link(e, n, LinkTag.EXPLICIT_REFERENCE, 0.85);
        }
        if (refs.inParagraphOutside(ns, ev.type)) {
            return new Link(e, n, LinkTag.EXPLICIT_REFERENCE, 0.75);
        }
        return null;
    }

    private static int nearest(List<PoliticalEvent> events, int sentence) {
        int best = 0;
        for (int e = 1; e < events.size(); e++) {
            if (distance(events.get(e), sentence) < distance(events.get(best), sentence)) {
                best = e;
            }
        }
        return best;
    }

    private static int distance(PoliticalEvent e, int sentence) {
        int d = Integer.MAX_VALUE;
        for (int s : e.sentences) {
            d = Math.min(d, Math.abs(s - sentence));
        }
        return d;
    }

    private static boolean hasCausalCue(ArticleAnalysis a, Sentence s) {
        for (Mention m : a.mentions.get(s.index())) {
            if (m.has(Concept.CausalCue.class)) {
                return true;
            }
        }
        return false;
    }

    /** Event types each sentence refers to, and per paragraph how many sentences refer to each. */
    private record References(java.util.List<java.util.Set<String>> bySentence,
                              java.util.Map<Integer, java.util.Map<String, Integer>> byParagraph) {
        static References of(ArticleAnalysis a, Taxonomy taxonomy) {
            java.util.List<java.util.Set<String>> bySentence = new ArrayList<>(a.sentences.size());
            java.util.Map<Integer, java.util.Map<String, Integer>> byParagraph = new java.util.HashMap<>();
            for (Sentence s : a.sentences) {
                java.util.Set<String> types = referencedTypes(a, taxonomy, s);
                bySentence.add(types);
                if (!types.isEmpty()) {
                    java.util.Map<String, Integer> p = byParagraph.computeIfAbsent(s.paragraph(), k -> new java.util.HashMap<>());
                    types.forEach(t -> p.merge(t, 1, Integer::sum));
                }
            }
            return new References(bySentence, byParagraph);
        }

        boolean inSentence(int sentence, String type) {
            java.util.Set<String> types = bySentence.get(sentence);
            return !types.isEmpty() && types.contains(type);
        }

        boolean inParagraphOutside(Sentence s, String type) {
            java.util.Map<String, Integer> p = byParagraph.get(s.paragraph());
            if (p == null) {
                return false;
            }
            return p.getOrDefault(type, 0) - (inSentence(s.index(), type) ? 1 : 0) > 0;
        }
    }

    private static java.util.Set<String> referencedTypes(ArticleAnalysis a, Taxonomy taxonomy, Sentence s) {
        java.util.Set<String> out = java.util.Set.of();
        for (Mention m : a.mentions.get(s.index())) {
            Concept.Reference r = m.get(Concept.Reference.class);
            if (r != null && m.from() > s.from() && taxonomy.lexicon().determiners().contains(a.norm(m.from() - 1))) {
                if (out.isEmpty()) {
                    out = new java.util.HashSet<>();
                }
                out.addAll(r.eventTypes());
            }
        }
        return out;
    }

}
