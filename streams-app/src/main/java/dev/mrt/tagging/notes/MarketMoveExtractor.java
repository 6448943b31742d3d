package dev.mrt.tagging.notes;

import dev.mrt.tagging.analysis.ArticleAnalysis;
import dev.mrt.tagging.analysis.ModalityDetector;
import dev.mrt.tagging.analysis.NegationDetector;
import dev.mrt.tagging.taxonomy.AssetClass;
import dev.mrt.tagging.taxonomy.Concept;
import dev.mrt.tagging.taxonomy.Direction;
import dev.mrt.tagging.taxonomy.Lexicon;
import dev.mrt.tagging.taxonomy.Magnitude;
import dev.mrt.tagging.taxonomy.Mention;
import dev.mrt.tagging.taxonomy.Modality;
import dev.mrt.tagging.taxonomy.Taxonomy;
import dev.mrt.tagging.text.LightStemmer;
import dev.mrt.tagging.text.Sentence;
import dev.mrt.tagging.text.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds market moves sentence by sentence: each direction word is attached to the asset it
 * speaks of (the subject before it, the object of "boosted"/"weighed on", the noun after
 * "strength in"/"a softer"), then qualified (negation suppresses, modality, magnitude,
 * attribution) and normalized (bond price vs yield, FX quote).
 */
public final class MarketMoveExtractor {
    private static final int SUBJECT_REACH = 40;
    private static final long HISTORY = Mention.bit(Concept.History.class);
    private static final int OBJECT_REACH = 5;
    /** "Analysts expect the yuan to weaken": a hedge shortly before the subject still hedges the move. */
    private static final int MODAL_REACH_BEFORE_SUBJECT = 5;

    private final Taxonomy taxonomy;
    private final Lexicon lex;
    private final FxQuoteNormalizer fx;
    private final NoteConsistency consistency;
    /** The asset of risk-appetite phrases ({@link dev.mrt.tagging.taxonomy.CodeRoles#riskSentiment()}). */
    private final String riskSentiment;

    /** Two statements of the same move are one note. */
    private record MoveKey(String asset, Direction direction, Modality modality) {}

    public MarketMoveExtractor(Taxonomy taxonomy, FxQuoteNormalizer fx) {
        this.taxonomy = taxonomy;
        this.lex = taxonomy.lexicon();
        this.fx = fx;
        this.consistency = new NoteConsistency(taxonomy);
        this.riskSentiment = taxonomy.roles().riskSentiment();
    }

    public List<MarketMove> extract(ArticleAnalysis a) {
        AssetMentionResolver resolver = new AssetMentionResolver(taxonomy, a);
        List<MarketMove> out = new ArrayList<>();
        java.util.Map<MoveKey, Integer> byKey = new java.util.HashMap<>();
        List<java.util.Set<Integer>> sentencesOf = new ArrayList<>();
        for (Sentence s : a.sentences()) {
            List<AssetMention> assets = resolver.resolve(s);
            List<MarketMove> found = new ArrayList<>();
            if (!assets.isEmpty()) {
                moves(a, s, assets, found);
            }
            if (!assets.isEmpty()) {
                signedFigures(a, s, assets, found);
            }
            risk(a, s, found);
            dropContradictedByContrast(a, found);
            for (MarketMove m : found) {
                MoveKey key = new MoveKey(m.asset(), m.direction(), m.modality());
                Integer same = byKey.get(key);
                if (same == null) {
                    byKey.put(key, out.size());
                    out.add(m);
                    sentencesOf.add(new java.util.LinkedHashSet<>(m.sentences()));
                } else {
                    sentencesOf.get(same).add(m.sentence());
                }
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.set(i, out.get(i).withSentences(sentencesOf.get(i)));
        }
        dropHeadlineGlosses(a, out);
        consistency.settle(a, out);
        return out;
    }

    /**
     * "Sterling steadies" over "the pound edged up 0.2%": a headline sums up the move the body
     * reports; where the body states a move of the same asset in another direction, the
     * body's precise wording stands and the headline's gloss goes.
     */
    private void dropHeadlineGlosses(ArticleAnalysis a, List<MarketMove> notes) {
        notes.removeIf(title -> onlyInTitle(a, title)
                && notes.stream()
                        .anyMatch(body -> !onlyInTitle(a, body)
                                && body.modality() == Modality.REALIZED
                                && body.direction() != title.direction()
                                // a rise or fall in the headline stands over a body that calls it steady
                                && (title.direction() == Direction.FLAT || body.direction() != Direction.FLAT)
                                && taxonomy.familyOf(body.asset()).equals(taxonomy.familyOf(title.asset()))));
    }

    private static boolean onlyInTitle(ArticleAnalysis a, MarketMove m) {
        for (int s : m.sentences()) {
            if (s >= a.firstBodySentence()) {
                return false;
            }
        }
        return true;
    }

    private void moves(ArticleAnalysis a, Sentence s, List<AssetMention> assets, List<MarketMove> found) {
        int prevMoveEnd = s.from();
        int backgroundUntil = -1;
        // The clause each move word sits in, found by one forward scan over the sentence.
        int scanned = s.from();
        int clauseStart = s.from();
        boolean hasHistory = false;
        for (Mention m : a.mentions().get(s.index())) {
            hasHistory |= (m.kinds() & HISTORY) != 0;
        }
        for (Mention d : a.mentions().get(s.index())) {
            Concept.DirectionWord w = d.get(Concept.DirectionWord.class);
            if (w == null || d.has(Concept.Asset.class)) {
                continue;
            }
            for (; scanned < d.from(); scanned++) {
                if (lex.clauseBreaks().contains(a.norm(scanned))) {
                    clauseStart = scanned + 1;
                }
            }
            int windowFrom = Math.max(prevMoveEnd, clauseStart);
            prevMoveEnd = d.to();
            // "stabilized after falling to record lows": the move after "after" is background,
            // and so is a move word that only elaborates it.
            if (d.from() < backgroundUntil
                    || d.from() > s.from() && lex.background().contains(a.norm(d.from() - 1))) {
                backgroundUntil = d.to() + 4;
                continue;
            }
            // A stated level ("was at") is a move only with a second level to compare: decide that first.
            if (w.syntax() == Concept.Syntax.LEVEL) {
                Direction levels = QuotedLevels.after(a, s, d.to());
                if (levels == null || levels == Direction.FLAT) {
                    continue;
                }
            }
            if (movesSomethingElse(a, s, d) || (hasHistory && history(a, s, clauseStart, d))) {
                continue;
            }
            // "unable to stabilise the market", "moves to steady the currency": steadiness after
            // "to" is a purpose, not a move.
            if (w.direction() == Direction.FLAT
                    && d.from() > s.from()
                    && a.norm(d.from() - 1).equals("to")) {
                continue;
            }
            if (undoneEarlierMove(a, clauseStart, d) || purpose(a, s, d, w, windowFrom) || speechVerb(a, s, d)) {
                continue;
            }
            List<AssetMention> targets = attach(a, s, d, w, assets);
            for (AssetMention t : targets) {
                int between = t.to() <= d.from() ? t.to() : d.from();
                if (NegationDetector.negated(a, s, between, d.from())) {
                    continue;
                }
                int modalFrom =
                        t.to() <= d.from() ? Math.max(windowFrom, t.from() - MODAL_REACH_BEFORE_SUBJECT) : windowFrom;
                Modality modality = ModalityDetector.detect(a, s, modalFrom, d.from());
                Magnitude magnitude = MagnitudeDetector.detect(a, s, d, w.magnitude());
                for (FxQuoteNormalizer.Quote quote : normalize(a, s, t, d, w.direction(), assets)) {
                    Optional<FxQuoteNormalizer.Quote> q = Optional.of(quote);
                    // The levels decide a rise or fall; prose that calls the move flat keeps it flat.
                    Direction quoted = w.syntax() != Concept.Syntax.TRANSITIVE
                                    && w.syntax() != Concept.Syntax.NOUN_OF
                                    && (w.direction() != Direction.FLAT || w.syntax() == Concept.Syntax.LEVEL)
                            ? QuotedLevels.after(a, s, d.to())
                            : null;
                    if (w.syntax() == Concept.Syntax.LEVEL && (quoted == null || quoted == Direction.FLAT)) {
                        continue;
                    }
                    if (quoted != null) {
                        q = Optional.of(new FxQuoteNormalizer.Quote(q.get().asset(), quoted));
                    }
                    String attribution =
                            AttributionFinder.find(a, s, Math.min(t.from(), d.from()), Math.max(t.to(), d.to()));
                    double conf = 0.8
                            + (t.explicit() ? 0.1 : 0.0)
                            - (w.syntax() == Concept.Syntax.WEAK ? 0.1 : 0.0)
                            - (modality == Modality.REALIZED ? 0.0 : 0.05);
                    int from = Math.min(t.from(), d.from());
                    int to = Math.max(t.to(), d.to());
                    found.add(new MarketMove(
                            q.get().asset(),
                            q.get().direction(),
                            magnitude,
                            modality,
                            attribution,
                            s.index(),
                            from,
                            to,
                            round(conf),
                            d.from(),
                            java.util.Set.of(s.index())));
                }
            }
        }
    }

    /** Words that, besides determiners and superlatives, may stand between an undoing verb and the move it undid. */
    private static final Set<String> UNDONE_MOVE_QUANTIFIERS = Stream.of(
                    "a",
                    "an",
                    "part",
                    "some",
                    "most",
                    "much",
                    "all",
                    "of",
                    "last",
                    "week",
                    "day",
                    "session",
                    "previous",
                    "prior",
                    "earlier",
                    "early")
            .map(LightStemmer::stem)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * "fell 5.7%, erasing a record rally", "gained 2%, recovering part of a slide": the move named
     * as the object of an undoing verb is the earlier move the reported one undid (background).
     */
    private boolean undoneEarlierMove(ArticleAnalysis a, int clauseStart, Mention d) {
        for (int j = d.from() - 1; j >= clauseStart && j >= d.from() - 6; j--) {
            String word = a.norm(j);
            if (lex.undoing().contains(word)) {
                return true;
            }
            boolean modifier = UNDONE_MOVE_QUANTIFIERS.contains(word)
                    || lex.determiners().contains(word)
                    || lex.superlatives().contains(word)
                    || a.tokens().get(j).kind() == Token.Kind.NUMBER;
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * "sold dollars to support the currency", "intervened to prop up the lira": a transitive move an
     * actor sets out to make is a purpose, not a move of the market; "is expected to lift the
     * dollar" is a forecast and stays (its modality says so).
     */
    private static boolean purpose(ArticleAnalysis a, Sentence s, Mention d, Concept.DirectionWord w, int windowFrom) {
        return w.syntax() == Concept.Syntax.TRANSITIVE
                && d.from() > s.from()
                && a.norm(d.from() - 1).equals("to")
                && ModalityDetector.detect(a, s, windowFrom, d.from()) == Modality.REALIZED;
    }

    private static final String THAT = LightStemmer.stem("that");

    /** "..., adding that capital controls could return": a move word used as a reporting verb. */
    private static boolean speechVerb(ArticleAnalysis a, Sentence s, Mention d) {
        if (d.from() <= s.from() || d.to() >= s.to() || !a.norm(d.from() - 1).equals(",")) {
            return false;
        }
        String next = a.norm(d.to());
        return next.equals(THAT) || next.equals(":") || next.equals("\"");
    }

    /**
     * "has appreciated 6% over the last 12 months", "down 20% so far this year": a history phrase
     * in the move's clause makes it history (LABELLING rule 13), unless a superlative makes it
     * the yardstick of today's move ("its lowest since last year").
     */
    private boolean history(ArticleAnalysis a, Sentence s, int clauseStart, Mention d) {
        for (Mention m : a.mentions().get(s.index())) {
            if (m.from() < clauseStart || !m.has(Concept.History.class)) {
                continue;
            }
            if (m.from() >= d.to() && !noBreak(a, d.to(), m.from())) {
                break;
            }
            if (m.from() > d.to() + 12) {
                break;
            }
            boolean yardstick = false;
            for (int j = Math.max(s.from(), m.from() - 4); j < m.from(); j++) {
                yardstick |= lex.superlatives().contains(a.norm(j));
            }
            if (!yardstick) {
                return true;
            }
        }
        return false;
    }

    /**
     * Market tables written as prose: "the Brazilian real (-0.67%), the Chilean peso (-1.33%)".
     * A signed change in brackets right after an asset is its move, the sign its direction.
     */
    private void signedFigures(ArticleAnalysis a, Sentence s, List<AssetMention> assets, List<MarketMove> found) {
        for (AssetMention t : assets) {
            int j = t.to();
            if (t.counter() || j + 2 >= s.to() || !a.norm(j).equals("(")) {
                continue;
            }
            String sign = a.norm(j + 1);
            Token number = a.tokens().get(j + 2);
            Direction moved = null;
            if ((sign.equals("-") || sign.equals("\u2212")) && number.kind() == Token.Kind.NUMBER) {
                moved = Direction.DOWN;
            } else if (sign.equals("+") && number.kind() == Token.Kind.NUMBER) {
                moved = Direction.UP;
            }
            if (moved == null) {
                continue;
            }
            Optional<FxQuoteNormalizer.Quote> q = t.isCurrency()
                    ? fx.normalize(t.currency(), null, moved)
                    : Optional.of(new FxQuoteNormalizer.Quote(
                            t.code(),
                            YieldSignNormalizer.normalize(moved, t.priceQuoted(), taxonomy.assetClassOf(t.code()))));
            if (q.isEmpty()) {
                continue;
            }
            found.add(new MarketMove(
                    q.get().asset(),
                    q.get().direction(),
                    Magnitude.UNSPECIFIED,
                    Modality.REALIZED,
                    null,
                    s.index(),
                    t.from(),
                    Math.min(s.to(), j + 5),
                    0.75,
                    t.from(),
                    java.util.Set.of(s.index())));
        }
    }

    /** "to stabilise the economy": a move word whose object is something other than an asset. */
    private static boolean movesSomethingElse(ArticleAnalysis a, Sentence s, Mention d) {
        int j = d.to();
        if (j < s.to()
                && (a.norm(j).equals("the")
                        || a.norm(j).equals("its")
                        || a.norm(j).equals("their"))) {
            j++;
        }
        Mention next = j < s.to() ? a.mentionAt(s.index(), j) : null;
        return next != null && next.from() == j && next.has(Concept.OtherSubject.class);
    }

    /** The quoted assets a move of {@code t} moves: one per counter-currency it is measured against. */
    private List<FxQuoteNormalizer.Quote> normalize(
            ArticleAnalysis a, Sentence s, AssetMention t, Mention d, Direction moved, List<AssetMention> assets) {
        if (t.isCurrency()) {
            List<String> counters = counterCurrencies(a, s, t, d, assets);
            if (counters.isEmpty()) {
                return fx.normalize(t.currency(), null, moved).stream().toList();
            }
            List<FxQuoteNormalizer.Quote> out = new ArrayList<>();
            for (String counter : counters) {
                fx.normalize(t.currency(), counter, moved)
                        .filter(q -> !out.contains(q))
                        .ifPresent(out::add);
            }
            return out;
        }
        AssetClass cls = taxonomy.assetClassOf(t.code());
        return List.of(
                new FxQuoteNormalizer.Quote(t.code(), YieldSignNormalizer.normalize(moved, t.priceQuoted(), cls)));
    }

    /**
     * "against the offshore yuan", "per dollar", "versus the euro": the currencies a move is
     * measured against, every one of a list ("against the dollar and the euro"). The cue after
     * the move word comes first ("fell against the dollar and declined against the pound" gives
     * each move its own), then one between subject and move, then a sentence that opens with it
     * ("Against the yen, the euro surged").
     */
    private List<String> counterCurrencies(
            ArticleAnalysis a, Sentence s, AssetMention subject, Mention d, List<AssetMention> assets) {
        int limit = Math.max(subject.to(), d.to()) + 10;
        List<String> after = countersAfterCue(a, s, assets, d.to(), limit);
        if (!after.isEmpty()) {
            return after;
        }
        int from = Math.min(subject.to(), d.to());
        List<String> between = countersAfterCue(a, s, assets, from, limit);
        if (!between.isEmpty()) {
            return between;
        }
        if (subject.from() > s.from()) {
            // The list ends where the subject begins ("Against the yen, the euro ...").
            List<String> opening = countersAfterCue(a, s, assets, s.from(), s.from()).stream()
                    .takeWhile(c -> !c.equals(subject.currency()))
                    .toList();
            if (!opening.isEmpty()) {
                return opening;
            }
        }
        String priced = pricedIn(a, assets, from, limit);
        return priced == null ? List.of() : List.of(priced);
    }

    /** The currencies listed after the first counter cue that starts in [from, cueLimit]. */
    private List<String> countersAfterCue(
            ArticleAnalysis a, Sentence s, List<AssetMention> assets, int from, int cueLimit) {
        for (Mention m : a.mentions().get(s.index())) {
            if (m.from() < from || !m.has(Concept.CounterCurrency.class)) {
                continue;
            }
            if (m.from() > cueLimit) {
                break;
            }
            List<String> out = new ArrayList<>();
            int next = m.to();
            for (AssetMention c : assets) {
                if (c.from() < next) {
                    continue;
                }
                boolean listed = out.isEmpty() ? c.from() <= m.to() + 3 : onlyCoordinators(a, next, c.from());
                if (!c.isCurrency() || !listed) {
                    break;
                }
                out.add(c.currency());
                next = c.to();
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** "tumbled to 140.35 yen": a currency priced by a number after the move is the quote. */
    private String pricedIn(ArticleAnalysis a, List<AssetMention> assets, int from, int limit) {
        for (AssetMention c : assets) {
            if (c.isCurrency()
                    && c.counter()
                    && c.from() >= from
                    && c.from() <= limit
                    && a.tokens().get(c.from() - 1).kind() == Token.Kind.NUMBER) {
                return c.currency();
            }
        }
        return null;
    }

    private List<AssetMention> attach(
            ArticleAnalysis a, Sentence s, Mention d, Concept.DirectionWord w, List<AssetMention> assets) {
        AssetMention next = null;
        int nextIndex = -1;
        for (int i = 0; i < assets.size(); i++) {
            if (assets.get(i).from() >= d.to()) {
                next = assets.get(i);
                nextIndex = i;
                break;
            }
        }
        int prevIndex = -1;
        for (int i = assets.size() - 1; i >= 0; i--) {
            if (assets.get(i).to() <= d.from()) {
                prevIndex = i;
                break;
            }
        }
        switch (w.syntax()) {
            case TRANSITIVE -> {
                if (next != null && next.from() - d.to() <= OBJECT_REACH && noBreak(a, d.to(), next.from())) {
                    return following(a, assets, nextIndex);
                }
                // "was hit by", "were boosted by": in the passive the subject is the asset.
                return d.from() > s.from() && lex.passive().contains(a.norm(d.from() - 1))
                        ? preceding(a, s, assets, prevIndex, d)
                        : List.of();
            }
            case NOUN_OF -> {
                if (next != null && next.from() - d.to() <= 3 && noBreak(a, d.to(), next.from())) {
                    return following(a, assets, nextIndex);
                }
                return List.of();
            }
            case WEAK -> {
                if (!licensed(a, s, d, next, prevIndex >= 0 ? assets.get(prevIndex) : null)) {
                    return List.of();
                }
            }
            case SPREAD -> {
                for (int i = prevIndex; i >= 0; i--) {
                    AssetMention p = assets.get(i);
                    if (p.code() != null && taxonomy.assetClassOf(p.code()) == AssetClass.SPREAD) {
                        return List.of(p);
                    }
                }
                return List.of();
            }
            default -> {}
        }
        // "a weaker yen" reads the move word as the asset's adjective; "to steady the yuan" is a purpose, no move.
        if (next != null && next.from() == d.to()) {
            return d.from() > s.from() && a.norm(d.from() - 1).equals("to") ? List.of() : List.of(next);
        }
        List<AssetMention> before = preceding(a, s, assets, prevIndex, d);
        if (!before.isEmpty()) {
            return before;
        }
        if (next != null && next.from() - d.to() <= 2 && noBreak(a, d.to(), next.from()) && d.from() == s.from()) {
            return List.of(next);
        }
        return List.of();
    }

    private boolean licensed(ArticleAnalysis a, Sentence s, Mention d, AssetMention next, AssetMention prev) {
        Token after = d.to() < s.to() ? a.tokens().get(d.to()) : null;
        boolean nextStartsAsset = next != null && next.from() == d.to();
        if (after != null
                && after.kind() == Token.Kind.WORD
                && !nextStartsAsset
                && !lex.functionWords().contains(after.norm())) {
            return false;
        }
        if (nextStartsAsset || (prev != null && prev.to() == d.from())) {
            return true;
        }
        if (d.from() > s.from()) {
            Token before = a.tokens().get(d.from() - 1);
            if (before.kind() == Token.Kind.NUMBER || lex.licensors().contains(before.norm())) {
                return true;
            }
        }
        return after != null
                && (after.kind() == Token.Kind.NUMBER || after.norm().equals("$"));
    }

    private boolean noBreak(ArticleAnalysis a, int from, int to) {
        for (int j = from; j < to; j++) {
            String n = a.norm(j);
            if (lex.clauseBreaks().contains(n) || n.equals(",") || n.equals(".")) {
                return false;
            }
        }
        return true;
    }

    private List<AssetMention> preceding(
            ArticleAnalysis a, Sentence s, List<AssetMention> assets, int prevIndex, Mention d) {
        if (prevIndex < 0) {
            return List.of();
        }
        while (prevIndex >= 0 && assets.get(prevIndex).counter()) {
            prevIndex--;
        }
        if (prevIndex < 0) {
            return List.of();
        }
        AssetMention p = assets.get(prevIndex);
        if (d.from() - p.to() > SUBJECT_REACH) {
            return List.of();
        }
        for (int j = p.to(); j < d.from(); j++) {
            if (lex.clauseBreaks().contains(a.norm(j)) && !parenthetical(a, s, j)) {
                return List.of();
            }
            Mention between = a.mentionAt(s.index(), j);
            boolean otherSubjectRightBefore =
                    between != null && between.has(Concept.OtherSubject.class) && between.to() >= d.from() - 3;
            Concept.Attribution cue = between == null ? null : between.get(Concept.Attribution.class);
            if (between != null
                    && (otherSubjectRightBefore
                            || between.has(Concept.SpeechVerb.class)
                            || (cue != null && !cue.sourceFollows()))) {
                return List.of();
            }
        }
        List<AssetMention> out = new ArrayList<>();
        out.add(p);
        for (int i = prevIndex - 1; i >= 0; i--) {
            if (assets.get(i).counter()
                    || !onlyCoordinators(
                            a, assets.get(i).to(), assets.get(i + 1).from())) {
                break;
            }
            out.add(0, assets.get(i));
        }
        return out;
    }

    /** "Oil, meanwhile, was steady": a break word set off by commas on both sides is an aside, not a new clause. */
    private static boolean parenthetical(ArticleAnalysis a, Sentence s, int j) {
        return j > s.from()
                && j + 1 < s.to()
                && a.norm(j - 1).equals(",")
                && a.norm(j + 1).equals(",");
    }

    private List<AssetMention> following(ArticleAnalysis a, List<AssetMention> assets, int nextIndex) {
        List<AssetMention> out = new ArrayList<>();
        out.add(assets.get(nextIndex));
        for (int i = nextIndex + 1; i < assets.size(); i++) {
            if (!onlyCoordinators(a, assets.get(i - 1).to(), assets.get(i).from())) {
                break;
            }
            out.add(assets.get(i));
        }
        return out;
    }

    private boolean onlyCoordinators(ArticleAnalysis a, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (!lex.coordinators().contains(a.norm(j))) {
                return false;
            }
        }
        return true;
    }

    private void risk(ArticleAnalysis a, Sentence s, List<MarketMove> found) {
        for (Mention m : a.mentions().get(s.index())) {
            Concept.RiskWord r = m.get(Concept.RiskWord.class);
            if (r == null) {
                continue;
            }
            if (NegationDetector.negated(a, s, m.from(), m.from())) {
                continue;
            }
            Modality modality = ModalityDetector.detect(a, s, s.from(), m.from());
            found.add(new MarketMove(
                    riskSentiment,
                    r.direction(),
                    Magnitude.UNSPECIFIED,
                    modality,
                    AttributionFinder.find(a, s, m.from(), m.to()),
                    s.index(),
                    s.from(),
                    s.to(),
                    0.7,
                    m.from(),
                    java.util.Set.of(s.index())));
            return;
        }
    }

    /** "Bond prices recovered early but pulled back": the later move of the same asset stands. */
    private void dropContradictedByContrast(ArticleAnalysis a, List<MarketMove> found) {
        java.util.Set<Integer> drop = new java.util.HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            for (int j = i + 1; j < found.size(); j++) {
                MarketMove earlier = found.get(i);
                MarketMove later = found.get(j);
                if (earlier.asset().equals(later.asset())
                        && earlier.direction() != later.direction()
                        && earlier.moveFrom() < later.moveFrom()
                        && !(statesLeg(a, earlier) && onlyStillBetween(a, earlier.moveFrom(), later.moveFrom()))
                        && contrastBetween(a, earlier.moveFrom(), later.moveFrom())) {
                    drop.add(i);
                }
            }
        }
        for (int i = found.size() - 1; i >= 0; i--) {
            if (drop.contains(i)) {
                found.remove(i);
            }
        }
    }

    /**
     * "Crude recouped some of its losses but was still down 20%": a move word that itself tells
     * a step (LABELLING rule 14) followed by where the asset "still" stands is a leg of its own;
     * "recovered early but pulled back" is an early reading the later move corrects.
     */
    private boolean statesLeg(ArticleAnalysis a, MarketMove m) {
        return lex.legs().contains(a.norm(m.moveFrom()));
    }

    private boolean onlyStillBetween(ArticleAnalysis a, int from, int to) {
        boolean still = false;
        for (int j = from; j < to; j++) {
            String n = a.norm(j);
            if (lex.contrast().contains(n)) {
                if (!n.equals("still")) {
                    return false;
                }
                still = true;
            }
        }
        return still;
    }

    private boolean contrastBetween(ArticleAnalysis a, int from, int to) {
        for (int j = from; j < to; j++) {
            if (lex.contrast().contains(a.norm(j))) {
                return true;
            }
        }
        return false;
    }

    private static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }
}
