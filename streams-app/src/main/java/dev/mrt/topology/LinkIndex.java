package dev.mrt.topology;

import dev.mrt.avro.LinkEvent;
import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.LinkSourceState;
import dev.mrt.avro.NoteLinkState;
import dev.mrt.avro.ReactionLink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What one linking partition knows: the events and notes of every source it keeps, by link key
 * and time, and for each note its links.
 *
 * <p><b>Why the links do not depend on arrival order.</b> A note's links are defined over the
 * data, not over what happened to be there when it arrived: the best {@code maxLinks} events
 * under its link key from {@code after} before it to {@code before} after it, not from its own
 * article, by {@link BestLinks#BEST_FIRST} (a total order). The index keeps that true after every
 * change, whatever its order: an arriving note is scored against every event present in its
 * window; an arriving event is offered to every note present whose window holds it, entering
 * its best when it beats the worst kept; a source revised or replaced takes its old events out,
 * and the notes that had linked to one of them are scored again from scratch. So once every
 * source of a window has arrived, each note's links are the same for every order of arrival.
 * What keeps sources around long enough for that is the caller's horizon (see
 * {@link ReactionLinker}).
 *
 * <p>Each note also remembers the links last written out ({@code emitted}); a note whose links
 * differ from them is dirty until {@link #emit} writes the difference. Not thread-safe: one per
 * task.
 */
final class LinkIndex {
    private final long beforeMs;
    private final long afterMs;
    private final int maxLinks;

    private final Map<String, Source> sources = new HashMap<>();
    private final TreeMap<Long, Set<String>> sourcesByTime = new TreeMap<>();
    private final Map<String, KeyEntries> keys = new HashMap<>();
    /** Sources with at least one note whose links differ from those emitted; sorted, so emission order is stable. */
    private final Set<String> dirty = new TreeSet<>();

    LinkIndex(Duration before, Duration after, int maxLinks) {
        this.beforeMs = before.toMillis();
        this.afterMs = after.toMillis();
        this.maxLinks = maxLinks;
    }

    /** One note of a source; {@code note} is null once retired. */
    static final class NoteEntry {
        private final String noteId;
        private final LinkNote note;
        private final Source source;
        private List<ReactionLink> current = List.of();
        private List<ReactionLink> emitted = List.of();

        private NoteEntry(String noteId, LinkNote note, Source source) {
            this.noteId = noteId;
            this.note = note;
            this.source = source;
        }

        String noteId() {
            return noteId;
        }

        /** The note, or null when its source was revised without it. */
        LinkNote note() {
            return note;
        }

        /** The revision of the note's source kept now. */
        LinkSource source() {
            return source.value;
        }

        boolean isDirty() {
            return !current.equals(emitted);
        }

        private long time() {
            return source.time;
        }
    }

    private record EventEntry(LinkEvent event, Source source) {}

    private static final class Source {
        private final String key;
        private final LinkSource value;
        private final long time;
        private final Map<String, NoteEntry> notes = new LinkedHashMap<>();

        private Source(String key, LinkSource value) {
            this.key = key;
            this.value = value;
            this.time = value.getEventTime().toEpochMilli();
        }
    }

    private static final class KeyEntries {
        private final TreeMap<Long, List<EventEntry>> events = new TreeMap<>();
        private final TreeMap<Long, List<NoteEntry>> notes = new TreeMap<>();
        /** No event under the key has a higher confidence (it may be lower, after a removal): bounds a note's best score. */
        private double topEventConfidence;

        void addEvent(EventEntry e) {
            events.computeIfAbsent(e.source.time, t -> new ArrayList<>(1)).add(e);
            topEventConfidence = Math.max(topEventConfidence, e.event.getConfidence());
        }

        boolean isEmpty() {
            return events.isEmpty() && notes.isEmpty();
        }
    }

    /**
     * What {@link #put} changed: the sources to store again, and the time the source was at
     * before, if it moved; {@code identical} when the revision was the one kept (nothing changed).
     */
    record Put(Set<String> changed, Long movedFrom, boolean identical) {}

    /** Receives the notes whose links changed since the last emission. */
    @FunctionalInterface
    interface Emission {
        void changed(NoteEntry note, List<ReactionLink> before, List<ReactionLink> after);
    }

    int size() {
        return sources.size();
    }

    boolean hasDirty() {
        return !dirty.isEmpty();
    }

    Long time(String sourceKey) {
        Source s = sources.get(sourceKey);
        return s == null ? null : s.time;
    }

    /** The newest source time kept, or {@code Long.MIN_VALUE} when empty. */
    long newestTime() {
        return sourcesByTime.isEmpty() ? Long.MIN_VALUE : sourcesByTime.lastKey();
    }

    /**
     * Adds a source, or replaces the revision kept under the same key; links every note it
     * affects again. An identical revision changes nothing.
     */
    Put put(String sourceKey, LinkSource value) {
        Source old = sources.get(sourceKey);
        if (old != null && old.value.equals(value)) {
            return new Put(Set.of(), null, true);
        }
        Set<Source> changed = new HashSet<>();
        Set<NoteEntry> rescore = new HashSet<>();
        Source fresh = new Source(sourceKey, value);
        if (old != null) {
            unindex(old, rescore);
            carryOver(old, fresh);
        }
        add(fresh);
        changed.add(fresh);
        for (LinkEvent e : value.getEvents()) {
            offerToNotes(e, fresh, changed);
        }
        for (LinkNote n : value.getNotes()) {
            NoteEntry entry = fresh.notes.get(n.getId());
            entry.current = bestFor(entry);
            indexNote(entry);
        }
        for (NoteEntry n : rescore) {
            if (n.note != null && sources.get(n.source.key) == n.source) {
                List<ReactionLink> again = bestFor(n);
                if (!again.equals(n.current)) {
                    n.current = again;
                    changed.add(n.source);
                }
            }
        }
        Set<String> keysChanged = new TreeSet<>();
        for (Source s : changed) {
            keysChanged.add(s.key);
            markDirty(s);
        }
        return new Put(keysChanged, old != null && old.time != fresh.time ? old.time : null, false);
    }

    /**
     * Puts back a source as stored, with its notes' emitted links, without scoring anything;
     * call {@link #rescoreAfterRestore(long)} once every source is back.
     */
    void restore(String sourceKey, LinkSourceState state) {
        Source s = new Source(sourceKey, state.getSource());
        Map<String, NoteLinkState> links = new HashMap<>();
        state.getNotes().forEach(n -> links.put(n.getNoteId(), n));
        for (LinkNote n : state.getSource().getNotes()) {
            NoteEntry entry = new NoteEntry(n.getId(), n, s);
            NoteLinkState stored = links.remove(n.getId());
            if (stored != null) {
                entry.emitted = List.copyOf(stored.getEmitted());
                entry.current = entry.emitted;
            }
            s.notes.put(n.getId(), entry);
        }
        for (NoteLinkState retired : links.values()) {
            NoteEntry entry = new NoteEntry(retired.getNoteId(), null, s);
            entry.emitted = List.copyOf(retired.getEmitted());
            s.notes.put(retired.getNoteId(), entry);
        }
        Source old = sources.get(sourceKey);
        if (old != null) {
            unindex(old, new HashSet<>());
        }
        add(s);
        for (LinkEvent e : s.value.getEvents()) {
            keyEntries(e.getLinkKey()).addEvent(new EventEntry(e, s));
        }
        s.notes.values().stream().filter(n -> n.note != null).forEach(this::indexNote);
        markDirty(s);
    }

    /**
     * After a restart: the links of every note published at or after {@code from} scored again
     * over the sources restored (those of older notes are taken as emitted: no source that could
     * change them is accepted any more, and their events may be gone from the store).
     */
    void rescoreAfterRestore(long from) {
        for (Source s : sources.values()) {
            if (s.time < from) {
                continue;
            }
            for (NoteEntry n : s.notes.values()) {
                if (n.note != null) {
                    n.current = bestFor(n);
                }
            }
            markDirty(s);
        }
    }

    /** The source as it is to be stored: its latest revision and every note's links as emitted. */
    LinkSourceState state(String sourceKey) {
        Source s = sources.get(sourceKey);
        if (s == null) {
            return null;
        }
        List<NoteLinkState> notes = new ArrayList<>(s.notes.size());
        for (NoteEntry n : s.notes.values()) {
            if (n.note == null || !n.emitted.isEmpty()) {
                notes.add(new NoteLinkState(n.noteId, n.note == null, n.emitted));
            }
        }
        return new LinkSourceState(s.value, notes, List.of());
    }

    /**
     * Hands every note whose links changed since the last emission to {@code out}, oldest source
     * first, and takes its links as emitted; retired notes are dropped once retracted.
     *
     * @return the sources to store again
     */
    Set<String> emit(Emission out) {
        Set<String> done = new TreeSet<>(dirty);
        for (String key : done) {
            Source s = sources.get(key);
            Iterator<NoteEntry> it = s.notes.values().iterator();
            while (it.hasNext()) {
                NoteEntry n = it.next();
                if (n.isDirty()) {
                    out.changed(n, n.emitted, n.current);
                    n.emitted = n.current;
                }
                if (n.note == null) {
                    it.remove();
                }
            }
        }
        dirty.clear();
        return done;
    }

    /**
     * Forgets sources older than {@code cutoff} that have nothing left to emit.
     *
     * @return the keys forgotten
     */
    List<String> evictBefore(long cutoff) {
        List<String> evicted = new ArrayList<>();
        NavigableMap<Long, Set<String>> old = sourcesByTime.headMap(cutoff, false);
        for (Set<String> atTime : List.copyOf(old.values())) {
            for (String key : List.copyOf(atTime)) {
                if (!dirty.contains(key)) {
                    unindex(sources.get(key), null);
                    evicted.add(key);
                }
            }
        }
        return evicted;
    }

    /** The best links of a note over every event present in its window, scored nearest first. */
    private List<ReactionLink> bestFor(NoteEntry n) {
        KeyEntries entries = keys.get(n.note.getLinkKey());
        if (entries == null || entries.events.isEmpty()) {
            return List.of();
        }
        String key = n.note.getLinkKey();
        long t = n.time();
        double noteConfidence = n.note.getConfidence();
        double base = ReactionLinkScorer.base(key);
        Iterator<Map.Entry<Long, List<EventEntry>>> back = entries.events
                .subMap(t - afterMs, true, t, true)
                .descendingMap()
                .entrySet()
                .iterator();
        Iterator<Map.Entry<Long, List<EventEntry>>> ahead =
                entries.events.subMap(t, false, t + beforeMs, true).entrySet().iterator();
        Map.Entry<Long, List<EventEntry>> b = back.hasNext() ? back.next() : null;
        Map.Entry<Long, List<EventEntry>> a = ahead.hasNext() ? ahead.next() : null;
        List<ReactionLink> best = List.of();
        while (b != null || a != null) {
            boolean takeBack = a == null || (b != null && t - b.getKey() <= a.getKey() - t);
            Map.Entry<Long, List<EventEntry>> at = takeBack ? b : a;
            long lag = Math.abs(t - at.getKey());
            // Scores fall with the lag: once even the strongest event of the key this far away
            // cannot enter, stop.
            double bound = ReactionLinkScorer.confidence(base, entries.topEventConfidence, noteConfidence, lag);
            if (BestLinks.cannotEnter(best, bound, lag, maxLinks)) {
                break;
            }
            for (EventEntry e : at.getValue()) {
                double c = ReactionLinkScorer.confidence(base, e.event.getConfidence(), noteConfidence, lag);
                if (BestLinks.loses(best, c, lag, () -> linkId(e.event, n.note), maxLinks)) {
                    continue;
                }
                ReactionLink link = ReactionLinkScorer.link(key, e.event, e.source.value, n.note, n.source.value);
                if (link != null) {
                    best = BestLinks.offer(best, link, maxLinks);
                }
            }
            if (takeBack) {
                b = back.hasNext() ? back.next() : null;
            } else {
                a = ahead.hasNext() ? ahead.next() : null;
            }
        }
        return best;
    }

    /** Indexes a new event of {@code s} and offers it to every note present whose window holds it. */
    private void offerToNotes(LinkEvent e, Source s, Set<Source> changed) {
        String key = e.getLinkKey();
        long t = s.time;
        KeyEntries entries = keyEntries(key);
        entries.addEvent(new EventEntry(e, s));
        double eventConfidence = e.getConfidence();
        double base = ReactionLinkScorer.base(key);
        for (List<NoteEntry> atTime :
                entries.notes.subMap(t - beforeMs, true, t + afterMs, true).values()) {
            for (NoteEntry n : atTime) {
                long lag = Math.abs(n.time() - t);
                double c = ReactionLinkScorer.confidence(base, eventConfidence, n.note.getConfidence(), lag);
                if (BestLinks.loses(n.current, c, lag, () -> linkId(e, n.note), maxLinks)) {
                    continue;
                }
                ReactionLink link = ReactionLinkScorer.link(key, e, s.value, n.note, n.source.value);
                if (link == null) {
                    continue;
                }
                List<ReactionLink> next = BestLinks.offer(n.current, link, maxLinks);
                if (next != n.current) {
                    n.current = next;
                    changed.add(n.source);
                }
            }
        }
    }

    private static String linkId(LinkEvent e, LinkNote n) {
        return ReactionLinkScorer.linkId(e, n);
    }

    /** Takes a source's events and notes out of the key index; the notes that linked to its events go to {@code rescore}. */
    private void unindex(Source s, Set<NoteEntry> rescore) {
        for (LinkEvent e : s.value.getEvents()) {
            KeyEntries entries = keys.get(e.getLinkKey());
            if (entries == null) {
                continue;
            }
            removeFrom(entries.events, s.time, x -> x.event == e);
            if (rescore != null) {
                for (List<NoteEntry> atTime : entries.notes
                        .subMap(s.time - beforeMs, true, s.time + afterMs, true)
                        .values()) {
                    for (NoteEntry n : atTime) {
                        if (n.current.stream().anyMatch(l -> l.getEventId().equals(e.getId()))) {
                            rescore.add(n);
                        }
                    }
                }
            }
        }
        for (NoteEntry n : s.notes.values()) {
            if (n.note != null) {
                KeyEntries entries = keys.get(n.note.getLinkKey());
                if (entries != null) {
                    removeFrom(entries.notes, s.time, x -> x == n);
                }
            }
        }
        for (LinkEvent e : s.value.getEvents()) {
            dropIfEmpty(e.getLinkKey());
        }
        for (LinkNote n : s.value.getNotes()) {
            dropIfEmpty(n.getLinkKey());
        }
        sources.remove(s.key);
        Set<String> atTime = sourcesByTime.get(s.time);
        if (atTime != null) {
            atTime.remove(s.key);
            if (atTime.isEmpty()) {
                sourcesByTime.remove(s.time);
            }
        }
        dirty.remove(s.key);
    }

    /** A revision keeps what was emitted for notes it still has; notes it lost are retired until retracted. */
    private static void carryOver(Source old, Source fresh) {
        for (LinkNote n : fresh.value.getNotes()) {
            NoteEntry entry = new NoteEntry(n.getId(), n, fresh);
            NoteEntry before = old.notes.get(n.getId());
            if (before != null) {
                entry.emitted = before.emitted;
            }
            fresh.notes.put(n.getId(), entry);
        }
        for (NoteEntry before : old.notes.values()) {
            if (!fresh.notes.containsKey(before.noteId) && !before.emitted.isEmpty()) {
                NoteEntry retired = new NoteEntry(before.noteId, null, fresh);
                retired.emitted = before.emitted;
                fresh.notes.put(before.noteId, retired);
            }
        }
    }

    private void add(Source s) {
        if (s.notes.isEmpty()) {
            for (LinkNote n : s.value.getNotes()) {
                s.notes.put(n.getId(), new NoteEntry(n.getId(), n, s));
            }
        }
        sources.put(s.key, s);
        sourcesByTime.computeIfAbsent(s.time, t -> new HashSet<>()).add(s.key);
    }

    private void indexNote(NoteEntry n) {
        keyEntries(n.note.getLinkKey())
                .notes
                .computeIfAbsent(n.time(), t -> new ArrayList<>(1))
                .add(n);
    }

    private void markDirty(Source s) {
        if (s.notes.values().stream().anyMatch(NoteEntry::isDirty)) {
            dirty.add(s.key);
        } else {
            dirty.remove(s.key);
        }
    }

    private KeyEntries keyEntries(String key) {
        return keys.computeIfAbsent(key, k -> new KeyEntries());
    }

    private void dropIfEmpty(String key) {
        KeyEntries entries = keys.get(key);
        if (entries != null && entries.isEmpty()) {
            keys.remove(key);
        }
    }

    private static <T> void removeFrom(TreeMap<Long, List<T>> map, long time, java.util.function.Predicate<T> which) {
        List<T> atTime = map.get(time);
        if (atTime == null) {
            return;
        }
        atTime.removeIf(which);
        if (atTime.isEmpty()) {
            map.remove(time);
        }
    }
}
