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
        for (int n = 0; n < notes.size(); n++) {
            MarketMove note = notes.get(n);
            Sentence ns = a.sentences.get(note.sentence());
            boolean linked = false;
            for (int e = 0; e < events.size(); e++) {
                PoliticalEvent ev = events.get(e);
                if (ev.sentences.contains(note.sentence())) {
                    boolean causal = hasCausalCue(a, ns);
                    out.add(new Link(e, n, causal ? LinkTag.CAUSAL_CUE : LinkTag.SAME_SENTENCE, causal ? 0.9 : 0.8));
                    linked = true;
                } else if (refersTo(a, taxonomy, ns, ev.type)) {
                    out.add(new Link(e, n, LinkTag.EXPLICIT_REFERENCE, 0.85));
                    linked = true;
                } else if (paragraphRefersTo(a, taxonomy, ns, ev.type)) {
                    out.add(new Link(e, n, LinkTag.EXPLICIT_REFERENCE, 0.75));
                    linked = true;
                }
            }
            if (linked || events.isEmpty()) {
                continue;
            }
            if (hasCausalCue(a, ns)) {
                int best = nearest(events, note.sentence());
                int distance = distance(events.get(best), note.sentence());
                out.add(new Link(best, n, LinkTag.CAUSAL_CUE, Math.max(0.4, 0.7 - 0.05 * distance)));
                continue;
            }
            List<String> noteCountries = taxonomy.countriesOf(note.asset());
            for (int e = 0; e < events.size(); e++) {
                PoliticalEvent ev = events.get(e);
                boolean sameParagraph = ev.sentences.stream().anyMatch(i -> a.sentences.get(i).paragraph() == ns.paragraph());
                if (noteCountries.stream().anyMatch(ev.countries::contains)) {
                    out.add(new Link(e, n, LinkTag.SAME_ARTICLE, sameParagraph ? 0.5 : 0.4));
                } else if (sameParagraph) {
                    out.add(new Link(e, n, LinkTag.SAME_ARTICLE, 0.35));
                }
            }
        }
        out.sort((x, y) -> x.event() != y.event() ? Integer.compare(x.event(), y.event()) : Integer.compare(x.note(), y.note()));
        return out;
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

    private static boolean paragraphRefersTo(ArticleAnalysis a, Taxonomy taxonomy, Sentence ns, String type) {
        for (Sentence s : a.sentences) {
            if (s.paragraph() == ns.paragraph() && s.index() != ns.index() && refersTo(a, taxonomy, s, type)) {
                return true;
            }
        }
        return false;
    }

    /** "the call", "this decision", "about the vote": a determiner before a reference noun of the type. */
    static boolean refersTo(ArticleAnalysis a, Taxonomy taxonomy, Sentence s, String type) {
        for (Mention m : a.mentions.get(s.index())) {
            Concept.Reference r = m.get(Concept.Reference.class);
            if (r != null && r.eventTypes().contains(type) && m.from() > s.from()
                    && taxonomy.lexicon().determiners().contains(a.norm(m.from() - 1))) {
                return true;
            }
        }
        return false;
    }
}
