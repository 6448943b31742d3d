package dev.mrt.topology;

import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.TaggedMarketNote;
import java.time.Duration;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * One side of cross-feed linking. Each arriving event (or note) is stored under its link key and
 * linked to the best {@code maxLinks} notes (or events) already stored for that key inside the
 * window: a note may come {@code before} ahead of an event up to {@code after} behind it. Every
 * (event, note) pair is considered exactly once, by whichever of the two arrives second, and no
 * record gets more than {@code maxLinks} links when it arrives: a busy key (US news) costs a
 * bounded number of links per record instead of one per pair.
 */
abstract sealed class ReactionLinker<V> implements Processor<String, V, String, ReactionLink> {
    protected final Duration before;
    protected final Duration after;
    private final int maxLinks;
    private final String ownStore;
    private ProcessorContext<String, ReactionLink> context;
    private WindowStore<String, V> own;

    private ReactionLinker(LinkWindow window, String ownStore) {
        this.before = window.before();
        this.after = window.after();
        this.maxLinks = window.maxLinks();
        this.ownStore = ownStore;
    }

    /** The window and the cap, from configuration. */
    record LinkWindow(Duration before, Duration after, int maxLinks) {}

    static ReactionLinker<PoliticalEvent> forEvents(LinkWindow window) {
        return new EventSide(window);
    }

    static ReactionLinker<TaggedMarketNote> forNotes(LinkWindow window) {
        return new NoteSide(window);
    }

    @Override
    public void init(ProcessorContext<String, ReactionLink> context) {
        this.context = context;
        this.own = context.getStateStore(ownStore);
        bindOther(context);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.value() == null) {
            return;
        }
        own.put(record.key(), record.value(), record.timestamp());
        ReactionCandidates candidates = new ReactionCandidates(maxLinks);
        considerCounterparts(record.key(), record.value(), record.timestamp(), candidates);
        for (ReactionLink link : candidates.best()) {
            context.forward(new Record<>(
                    link.getEventId(),
                    link,
                    Math.max(
                            link.getEventTime().toEpochMilli(),
                            link.getNoteTime().toEpochMilli()),
                    record.headers()));
        }
    }

    abstract void bindOther(ProcessorContext<String, ReactionLink> context);

    abstract void considerCounterparts(String key, V value, long timestamp, ReactionCandidates candidates);

    /**
     * Visits the entries of {@code key} in {@code [from, to]} nearest to {@code t} first, and stops
     * once {@code stop} says no entry that far from {@code t} can matter any more. Scores fall with
     * the lag, so on a busy key (a day of US news) the best few are found without reading the rest.
     */
    static <T> void nearestFirst(
            WindowStore<String, T> store,
            String key,
            long t,
            long from,
            long to,
            java.util.function.Consumer<T> each,
            java.util.function.LongPredicate stop) {
        long lo = Math.max(0, from);
        try (WindowStoreIterator<T> back = t >= lo ? store.backwardFetch(key, lo, Math.min(t, to)) : null;
                WindowStoreIterator<T> ahead = to > t ? store.fetch(key, Math.max(lo, t + 1), to) : null) {
            while (true) {
                boolean hasBack = back != null && back.hasNext();
                boolean hasAhead = ahead != null && ahead.hasNext();
                if (!hasBack && !hasAhead) {
                    return;
                }
                long backLag = hasBack ? t - back.peekNextKey() : Long.MAX_VALUE;
                long aheadLag = hasAhead ? ahead.peekNextKey() - t : Long.MAX_VALUE;
                boolean takeBack = backLag <= aheadLag;
                if (stop.test(takeBack ? backLag : aheadLag)) {
                    return;
                }
                each.accept((takeBack ? back : ahead).next().value);
            }
        }
    }

    /** An arriving event meets the notes from {@code before} ahead of it to {@code after} behind it. */
    private static final class EventSide extends ReactionLinker<PoliticalEvent> {
        private WindowStore<String, TaggedMarketNote> notes;

        EventSide(LinkWindow window) {
            super(window, StoreNames.LINK_EVENTS);
        }

        @Override
        void bindOther(ProcessorContext<String, ReactionLink> context) {
            notes = context.getStateStore(StoreNames.LINK_NOTES);
        }

        @Override
        void considerCounterparts(String key, PoliticalEvent event, long t, ReactionCandidates candidates) {
            double bestPossible = event.getEvent().getConfidence();
            nearestFirst(
                    notes,
                    key,
                    t,
                    t - before.toMillis(),
                    t + after.toMillis(),
                    note -> candidates.consider(key, event, note),
                    lag -> candidates.cannotImproveOn(ReactionLinkScorer.confidence(key, bestPossible, 1.0, lag)));
        }
    }

    /** An arriving note meets the events whose window holds it: from {@code after} before it to {@code before} after it. */
    private static final class NoteSide extends ReactionLinker<TaggedMarketNote> {
        private WindowStore<String, PoliticalEvent> events;

        NoteSide(LinkWindow window) {
            super(window, StoreNames.LINK_NOTES);
        }

        @Override
        void bindOther(ProcessorContext<String, ReactionLink> context) {
            events = context.getStateStore(StoreNames.LINK_EVENTS);
        }

        @Override
        void considerCounterparts(String key, TaggedMarketNote note, long t, ReactionCandidates candidates) {
            double bestPossible = note.getNote().getConfidence();
            nearestFirst(
                    events,
                    key,
                    t,
                    t - after.toMillis(),
                    t + before.toMillis(),
                    event -> candidates.consider(key, event, note),
                    lag -> candidates.cannotImproveOn(ReactionLinkScorer.confidence(key, 1.0, bestPossible, lag)));
        }
    }
}
