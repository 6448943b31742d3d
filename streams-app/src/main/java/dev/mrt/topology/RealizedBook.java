package dev.mrt.topology;

import dev.mrt.avro.AnchoredReactions;
import dev.mrt.avro.MeasuredReaction;
import dev.mrt.avro.ReactionBatch;
import dev.mrt.avro.ReactionRef;
import dev.mrt.avro.ReactionToMeasure;
import dev.mrt.avro.RealizedMove;
import dev.mrt.market.Horizons;
import dev.mrt.market.Instrument;
import dev.mrt.market.Instruments;
import dev.mrt.market.Measurement;
import dev.mrt.market.PricePoint;
import dev.mrt.market.PriceSeries;
import dev.mrt.market.Volatility;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The realized-move stage's state for the instruments of one partition, and what a price or a
 * batch of reactions changes in it. A result is a function of the prices and the reaction only,
 * recomputed whenever something it depends on arrives, and emitted when it differs from what was
 * last emitted for it; so the final results do not depend on the order of arrival:
 *
 * <ul>
 *   <li>A price newer than its instrument's clock (the newest price time) moves the clock: the
 *       horizons it passes complete ({@code a + h} in {@code (old clock, new clock]}); nothing
 *       complete depends on it.
 *   <li>A price at or behind the clock (late, or re-sent) may change any result whose prices it
 *       is among: anchors in {@code [t - longest horizon, t + max(volatility window, longest
 *       horizon)]}; their cached volatilities from {@code t} on are dropped.
 *   <li>A batch of reactions is measured at once with what is there; a pending horizon emits
 *       nothing (a tombstone if something had been emitted).
 * </ul>
 *
 * One instance serves one record at a time ({@link #begin}, then {@link #flush}): entries read are
 * kept and written back once.
 */
final class RealizedBook {
    private static final List<Duration> HORIZONS = Horizons.ALL;
    private static final long LONGEST = Horizons.LONGEST.toMillis();

    /** Where results go: key, value (null: tombstone), record timestamp. */
    @FunctionalInterface
    interface Emitter {
        void emit(String key, RealizedMove value, long timestamp);
    }

    private final WindowStore<String, PricePoint> prices;
    private final WindowStore<String, AnchoredReactions> anchors;
    private final KeyValueStore<String, Long> clocks;
    private final Instruments instruments;
    private final RealizedMoves moves;
    private final long windowMs;

    private String instrument;
    private Instrument definition;
    private PriceSeries series;
    private Emitter emitter;
    private final Map<Long, AnchoredReactions> loaded = new HashMap<>();
    private final Set<Long> dirty = new HashSet<>();

    RealizedBook(
            WindowStore<String, PricePoint> prices,
            WindowStore<String, AnchoredReactions> anchors,
            KeyValueStore<String, Long> clocks,
            Instruments instruments,
            RealizedMoves moves) {
        this.prices = prices;
        this.anchors = anchors;
        this.clocks = clocks;
        this.instruments = instruments;
        this.moves = moves;
        this.windowMs = moves.rule().windowMs();
    }

    void begin(String instrumentCode, Emitter out) {
        // A record that failed (and was dead-lettered) must leave nothing behind for the next.
        loaded.clear();
        dirty.clear();
        this.instrument = instrumentCode;
        this.definition = instruments.byCode(instrumentCode).orElse(null);
        this.series = new WindowStorePriceSeries(prices, instrumentCode);
        this.emitter = out;
    }

    void flush() {
        for (long a : new TreeSet<>(dirty)) {
            AnchoredReactions e = loaded.get(a);
            boolean empty =
                    e == null || e.getReactions().isEmpty() && e.getRefs().isEmpty();
            anchors.put(instrument, empty ? null : e, a);
        }
        loaded.clear();
        dirty.clear();
    }

    private long clock() {
        Long c = clocks.get(instrument);
        return c == null ? Long.MIN_VALUE : c;
    }

    // ---- prices ---------------------------------------------------------------------------

    void onPrice(PricePoint p) {
        long clock = clock();
        long t = p.time();
        prices.put(instrument, p, t);
        Map<String, Long> affected = new LinkedHashMap<>();
        if (t > clock) {
            clocks.put(instrument, t);
            for (Duration h : HORIZONS) {
                long from = clock == Long.MIN_VALUE ? 0 : clock - h.toMillis() + 1;
                visit(Math.max(0, from), t - h.toMillis(), (a, e) -> collect(a, e, affected));
            }
            recompute(affected, t);
        } else {
            // Anchors whose start, end or trailing window this price falls in.
            visit(t - LONGEST, t + Math.max(windowMs, LONGEST), (a, e) -> {
                if (a >= t && e.getVolatilitySumSquares() != null) {
                    e.setVolatilitySumSquares(null);
                    e.setVolatilityChanges(0);
                    e.setVolatilitySpanMs(0L);
                    dirty.add(a);
                }
                collect(a, e, affected);
            });
            recompute(affected, clock);
        }
    }

    private interface EntryVisitor {
        void visit(long anchor, AnchoredReactions entry);
    }

    /** Every entry of the instrument with an anchor in {@code [from, to]}, the loaded copy when there is one. */
    private void visit(long from, long to, EntryVisitor visitor) {
        if (from > to) {
            return;
        }
        List<KeyValue<Long, AnchoredReactions>> found = new ArrayList<>();
        try (WindowStoreIterator<AnchoredReactions> it = anchors.fetch(instrument, Math.max(0, from), to)) {
            it.forEachRemaining(found::add);
        }
        for (KeyValue<Long, AnchoredReactions> kv : found) {
            AnchoredReactions e = loaded.computeIfAbsent(kv.key, k -> mutable(kv.value));
            visitor.visit(kv.key, e);
        }
    }

    private static void collect(long anchor, AnchoredReactions e, Map<String, Long> affected) {
        e.getReactions().forEach(m -> affected.put(m.getInput().getReactionId(), anchor));
        e.getRefs().forEach(r -> affected.put(r.getReactionId(), RealizedMoves.primaryAnchor(r)));
    }

    private void recompute(Map<String, Long> affected, long clock) {
        affected.forEach((id, anchor) -> {
            AnchoredReactions e = entry(anchor);
            if (e == null) {
                return;
            }
            for (MeasuredReaction m : e.getReactions()) {
                if (m.getInput().getReactionId().equals(id)) {
                    if (measure(m, clock)) {
                        dirty.add(anchor);
                    }
                    return;
                }
            }
        });
    }

    // ---- reactions ------------------------------------------------------------------------

    void onBatch(ReactionBatch batch) {
        Map<String, List<Long>> previousEmitted = new HashMap<>();
        Map<String, ReactionRef> droppedRefs = new HashMap<>();
        for (ReactionRef ref : batch.getDropped()) {
            droppedRefs.put(ref.getReactionId(), ref);
            MeasuredReaction old = remove(ref);
            if (old != null) {
                previousEmitted.put(ref.getReactionId(), old.getEmitted());
            }
        }
        for (String id : batch.getRetracted()) {
            List<Long> emitted = previousEmitted.get(id);
            ReactionRef ref = droppedRefs.get(id);
            if (emitted == null || ref == null) {
                continue;
            }
            for (int i = 0; i < HORIZONS.size() && i < emitted.size(); i++) {
                if (emitted.get(i) != RealizedMoves.NOTHING) {
                    emitter.emit(
                            RealizedMoves.key(id, HORIZONS.get(i)),
                            null,
                            ref.getEventTime().toEpochMilli());
                }
            }
        }
        long clock = clock();
        Set<String> movedIn = new HashSet<>(batch.getMovedIn());
        for (ReactionToMeasure r : batch.getCurrent()) {
            List<Long> emitted = movedIn.contains(r.getReactionId())
                    ? filled(RealizedMoves.UNKNOWN)
                    : previousEmitted.getOrDefault(r.getReactionId(), filled(RealizedMoves.NOTHING));
            MeasuredReaction m = new MeasuredReaction(r, new ArrayList<>(emitted));
            long primary = RealizedMoves.primaryAnchor(r);
            long secondary = RealizedMoves.secondaryAnchor(r);
            AnchoredReactions e = entryOrNew(primary);
            e.getReactions().removeIf(x -> x.getInput().getReactionId().equals(r.getReactionId()));
            e.getReactions().add(m);
            dirty.add(primary);
            if (secondary != primary) {
                AnchoredReactions s = entryOrNew(secondary);
                s.getRefs().removeIf(x -> x.getReactionId().equals(r.getReactionId()));
                s.getRefs().add(RealizedMoves.refOf(r));
                dirty.add(secondary);
            }
            measure(m, clock);
        }
    }

    private static List<Long> filled(long value) {
        List<Long> out = new ArrayList<>(HORIZONS.size());
        HORIZONS.forEach(h -> out.add(value));
        return out;
    }

    /** Takes a reaction out of its entries; returns what its first anchor's entry held for it. */
    private MeasuredReaction remove(ReactionRef ref) {
        long primary = RealizedMoves.primaryAnchor(ref);
        long secondary = Math.max(
                ref.getEventTime().toEpochMilli(), ref.getPublicationTime().toEpochMilli());
        MeasuredReaction found = null;
        AnchoredReactions e = entry(primary);
        if (e != null) {
            for (MeasuredReaction m : e.getReactions()) {
                if (m.getInput().getReactionId().equals(ref.getReactionId())) {
                    found = m;
                }
            }
            if (found != null) {
                e.getReactions().remove(found);
                dirty.add(primary);
            }
        }
        if (secondary != primary) {
            AnchoredReactions s = entry(secondary);
            if (s != null && s.getRefs().removeIf(x -> x.getReactionId().equals(ref.getReactionId()))) {
                dirty.add(secondary);
            }
        }
        return found;
    }

    // ---- entries ----------------------------------------------------------------------------

    private AnchoredReactions entry(long anchor) {
        if (loaded.containsKey(anchor)) {
            return loaded.get(anchor);
        }
        AnchoredReactions e = anchors.fetch(instrument, anchor);
        if (e != null) {
            e = mutable(e);
            loaded.put(anchor, e);
        }
        return e;
    }

    private AnchoredReactions entryOrNew(long anchor) {
        AnchoredReactions e = entry(anchor);
        if (e == null) {
            e = AnchoredReactions.newBuilder()
                    .setReactions(new ArrayList<>())
                    .setRefs(new ArrayList<>())
                    .build();
            loaded.put(anchor, e);
        }
        return e;
    }

    /** Avro's deserialized arrays cannot remove elements: the session works on plain lists. */
    private static AnchoredReactions mutable(AnchoredReactions e) {
        List<MeasuredReaction> reactions = new ArrayList<>(e.getReactions().size());
        e.getReactions()
                .forEach(m -> reactions.add(new MeasuredReaction(m.getInput(), new ArrayList<>(m.getEmitted()))));
        e.setReactions(reactions);
        e.setRefs(new ArrayList<>(e.getRefs()));
        return e;
    }

    // ---- measuring ----------------------------------------------------------------------------

    /** Measures every horizon of a reaction and emits what changed; true when its fingerprints changed. */
    private boolean measure(MeasuredReaction m, long clock) {
        if (definition == null) {
            return false;
        }
        ReactionToMeasure r = m.getInput();
        long fromEvent = r.getEventTime().toEpochMilli();
        long fromPublication = r.getPublicationTime().toEpochMilli();
        List<Long> emitted = new ArrayList<>(m.getEmitted());
        while (emitted.size() < HORIZONS.size()) {
            emitted.add(RealizedMoves.NOTHING);
        }
        boolean changed = false;
        for (int i = 0; i < HORIZONS.size(); i++) {
            Duration h = HORIZONS.get(i);
            Measurement e = measure(r, fromEvent, h, clock);
            Measurement p = fromPublication == fromEvent ? e : measure(r, fromPublication, h, clock);
            boolean pending = e.status() == Measurement.Status.PENDING && p.status() == Measurement.Status.PENDING;
            RealizedMove value = pending ? null : moves.record(r, h, e, p, definition.unit());
            long fingerprint = value == null ? RealizedMoves.NOTHING : moves.fingerprint(value);
            if (fingerprint != emitted.get(i)) {
                emitter.emit(RealizedMoves.key(r.getReactionId(), h), value, fromEvent);
                emitted.set(i, fingerprint);
                changed = true;
            }
        }
        if (changed) {
            m.setEmitted(emitted);
        }
        return changed;
    }

    private Measurement measure(ReactionToMeasure r, long anchor, Duration h, long clock) {
        return moves.rule()
                .measure(
                        series,
                        instrument,
                        definition.unit(),
                        r.getDirection(),
                        anchor,
                        h.toMillis(),
                        clock,
                        () -> volatility(anchor));
    }

    /** The volatility before an anchor: cached in the anchor's entry, computed once the prices have passed it. */
    private Volatility volatility(long anchor) {
        AnchoredReactions e = entry(anchor);
        if (e != null && e.getVolatilitySumSquares() != null) {
            return new Volatility(e.getVolatilitySumSquares(), e.getVolatilityChanges(), e.getVolatilitySpanMs());
        }
        Volatility v = Volatility.over(series, anchor, windowMs, definition.unit());
        if (e != null) {
            e.setVolatilitySumSquares(v.sumSquares());
            e.setVolatilityChanges(v.changes());
            e.setVolatilitySpanMs(v.spanMs());
            dirty.add(anchor);
        }
        return v;
    }

    Optional<Instrument> definition() {
        return Optional.ofNullable(definition);
    }
}
