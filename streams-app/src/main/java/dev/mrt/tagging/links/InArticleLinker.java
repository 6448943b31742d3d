package dev.mrt.tagging.links;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.events.MergedEvent;
import dev.mrt.tagging.notes.MarketMove;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.Sentence;
import java.util.ArrayList;
import java.util.List;

/**
 * Links events to notes within one article. In order of strength: the same sentence (a causal
 * cue between them makes it causal_cue), an explicit reference to the event in the note's
 * sentence or paragraph ("optimistic about the call"), a causal cue in the note's sentence
 * pointing at the nearest event ("after", "amid", "driven by"), and the same article when the
 * note's asset and the event share a country.
 */
public final class InArticleLinker {
    private InArticleLinker() {}

    public record Link(int event, int note, LinkBasis basis, double confidence) {}

    public static List<Link> build(
            ArticleAnalysis a, Taxonomy taxonomy, List<MergedEvent> events, List<MarketMove> notes) {
        List<Link> out = new ArrayList<>();
        if (events.isEmpty() || notes.isEmpty()) {
            return out;
        }
        References refs = References.of(a, taxonomy, events);
        // Whether each sentence holds a causal cue, read once: every event-note pair asks it.
        java.util.BitSet causal = new java.util.BitSet();
        for (Sentence s : a.sentences()) {
            if (hasCausalCue(a, s)) {
                causal.set(s.index());
            }
        }
        List<java.util.BitSet> eventParagraphs = new ArrayList<>();
        events.forEach(ev -> eventParagraphs.add(paragraphs(a, ev.sentences())));
        for (int n = 0; n < notes.size(); n++) {
            MarketMove note = notes.get(n);
            boolean linked = false;
            for (int e = 0; e < events.size(); e++) {
                Link best = null;
                for (int si : note.sentences()) {
                    Link l = direct(causal, refs, events.get(e), a.sentences().get(si), e, n);
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
                if (cued == null && causal.get(si)) {
                    cued = a.sentences().get(si);
                }
            }
            if (cued != null) {
                int best = nearest(events, cued.index());
                int distance = distance(events.get(best), cued.index());
                out.add(new Link(
                        best, n, LinkBasis.CAUSAL_CUE, Math.round(Math.max(0.4, 0.7 - 0.05 * distance) * 100) / 100.0));
                continue;
            }
            if (startsApart(a, taxonomy, note)) {
                continue;
            }
            List<String> noteCountries = taxonomy.countriesOf(note.asset());
            java.util.BitSet noteParagraphs = paragraphs(a, note.sentences());
            for (int e = 0; e < events.size(); e++) {
                MergedEvent ev = events.get(e);
                boolean sameParagraph = eventParagraphs.get(e).intersects(noteParagraphs);
                if (!java.util.Collections.disjoint(noteCountries, ev.countries())) {
                    out.add(new Link(e, n, LinkBasis.SAME_ARTICLE, sameParagraph ? 0.5 : 0.4));
                } else if (sameParagraph) {
                    out.add(new Link(e, n, LinkBasis.SAME_ARTICLE, 0.35));
                }
            }
        }
        out.sort((x, y) ->
                x.event() != y.event() ? Integer.compare(x.event(), y.event()) : Integer.compare(x.note(), y.note()));
        return out;
    }

    /** "Separately, copper rose": a note its own sentence sets apart is not tied to the article's events. */
    private static boolean startsApart(ArticleAnalysis a, Taxonomy taxonomy, MarketMove note) {
        for (int si : note.sentences()) {
            Sentence s = a.sentences().get(si);
            if (!taxonomy.lexicon().clauseBreaks().contains(a.norm(s.from()))) {
                return false;
            }
        }
        return true;
    }

    private static java.util.BitSet paragraphs(ArticleAnalysis a, java.util.Collection<Integer> sentences) {
        java.util.BitSet out = new java.util.BitSet();
        for (int i : sentences) {
            out.set(a.sentences().get(i).paragraph());
        }
        return out;
    }

    /** A link by same sentence or explicit reference from one sentence of the note, or null. */
    private static Link direct(
            java.util.BitSet causalSentences, References refs, MergedEvent ev, Sentence ns, int e, int n) {
        if (ev.sentences().contains(ns.index())) {
            boolean causal = causalSentences.get(ns.index());
            return new Link(e, n, causal ? LinkBasis.CAUSAL_CUE : LinkBasis.SAME_SENTENCE, causal ? 0.9 : 0.8);
        }
        if (refs.inSentence(ns.index(), e)) {
            return new Link(e, n, LinkBasis.EXPLICIT_REFERENCE, 0.85);
        }
        if (refs.inParagraphOutside(ns.index(), e)) {
            return new Link(e, n, LinkBasis.EXPLICIT_REFERENCE, 0.75);
        }
        return null;
    }

    private static int nearest(List<MergedEvent> events, int sentence) {
        int best = 0;
        for (int e = 1; e < events.size(); e++) {
            if (distance(events.get(e), sentence) < distance(events.get(best), sentence)) {
                best = e;
            }
        }
        return best;
    }

    private static int distance(MergedEvent e, int sentence) {
        int d = Integer.MAX_VALUE;
        for (int s : e.sentences()) {
            d = Math.min(d, Math.abs(s - sentence));
        }
        return d;
    }

    private static final long CAUSAL_CUE = Mention.bit(Concept.CausalCue.class);

    private static boolean hasCausalCue(ArticleAnalysis a, Sentence s) {
        for (Mention m : a.mentions().get(s.index())) {
            if ((m.kinds() & CAUSAL_CUE) != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which of the article's events each sentence refers to ("the call"), as a bit per event, and
     * which ones other sentences of its paragraph refer to.
     */
    private record References(long[] bySentence, long[] othersInParagraph) {
        static References of(ArticleAnalysis a, Taxonomy taxonomy, List<MergedEvent> events) {
            int count = a.sentences().size();
            long[] bySentence = new long[count];
            for (Sentence s : a.sentences()) {
                bySentence[s.index()] = referencedEvents(a, taxonomy, s, events);
            }
            long[] others = new long[count];
            int from = 0;
            while (from < count) {
                int to = from;
                while (to < count
                        && a.sentences().get(to).paragraph()
                                == a.sentences().get(from).paragraph()) {
                    to++;
                }
                // Others of sentence i: what the sentences before it and after it refer to (linear).
                long before = 0;
                for (int i = from; i < to; i++) {
                    others[i] = before;
                    before |= bySentence[i];
                }
                long after = 0;
                for (int i = to - 1; i >= from; i--) {
                    others[i] |= after;
                    after |= bySentence[i];
                }
                from = to;
            }
            return new References(bySentence, others);
        }

        boolean inSentence(int sentence, int event) {
            return event < 64 && (bySentence[sentence] & (1L << event)) != 0;
        }

        boolean inParagraphOutside(int sentence, int event) {
            return event < 64 && (othersInParagraph[sentence] & (1L << event)) != 0;
        }
    }

    /** Bits of the events whose type a determiner-led reference noun in this sentence names. */
    private static long referencedEvents(ArticleAnalysis a, Taxonomy taxonomy, Sentence s, List<MergedEvent> events) {
        long bits = 0;
        for (Mention m : a.mentions().get(s.index())) {
            Concept.Reference r = m.get(Concept.Reference.class);
            if (r != null
                    && m.from() > s.from()
                    && taxonomy.lexicon().determiners().contains(a.norm(m.from() - 1))) {
                for (int e = 0; e < events.size() && e < 64; e++) {
                    if (r.eventTypes().contains(events.get(e).type())) {
                        bits |= 1L << e;
                    }
                }
            }
        }
        return bits;
    }
}
