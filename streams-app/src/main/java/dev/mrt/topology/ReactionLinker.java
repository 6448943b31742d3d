package dev.mrt.topology;

import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.LinkSourceState;
import dev.mrt.avro.NoteLinks;
import dev.mrt.avro.ReactionLink;
import dev.mrt.avro.StatsChange;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Windowed;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Cross-feed linking on one partition of the link keys: keeps the sources (events and notes)
 * of the last {@code link.horizon} plus the link window in {@link LinkIndex} (memory) and in
 * {@link StoreNames#LINK_SOURCES} (its changelog makes it survive restarts), and writes each
 * note's links as a table row (key note id) whenever they change, with the matching changes to
 * the statistics.
 *
 * <p><b>Why the result does not depend on arrival order.</b> Kafka Streams gives a task one
 * stream time, the largest record timestamp seen on any of its input partitions, and picks the
 * next record by timestamp only among the partitions of that task ({@code max.task.idle.ms}, 0
 * by default, waits for data already on the broker, not for other tasks). Here every upstream
 * task (one per input partition) writes into every linking partition, in the order it happens
 * to process records; in a backlog drained as fast as possible one upstream task runs days of
 * publication time ahead of another (a round of the stream thread takes up to a fetch of records
 * from each). So this stage does not judge lateness by a window's grace, which would drop
 * whatever a slower task still holds: it keeps everything for {@code link.horizon} behind the
 * newest source it has accepted, plus the link window on either side, and a source is late only
 * when it is further behind than the horizon (then the counterparts it would link to may be
 * gone): such a source is counted ({@code mrt.late.records{stage=link}}) and dead-lettered. Every
 * other source meets every counterpart of its window, whichever came first, and
 * {@link LinkIndex} makes each note's links the best over all of them. The store keeps a margin
 * beyond that, so what restarts from it is what was in memory.
 *
 * <p><b>Why it costs one record per changed note.</b> Links change as sources arrive (a closer
 * event arriving later displaces one); writing every change would write a note several times.
 * Changes are written once per {@link #EMIT_INTERVAL} instead,
 * each changed note once. The links last written are kept with the note, in the store: a crash
 * before an emission loses nothing (under exactly-once the store and the output commit
 * together), and after a restart every note whose links differ from those written is written.
 */
final class ReactionLinker implements Processor<String, LinkSource, String, LinkerOutput> {
    static final String STAGE = "link";
    /**
     * How often changed notes are written. A note's links change as closer events arrive after
     * it (within the hour after, in order); a second coalesces most of those into one write.
     */
    static final Duration EMIT_INTERVAL = Duration.ofSeconds(1);

    private final LinkSettings settings;
    private final RunIdentity run;
    private final PipelineMetrics metrics;
    private ProcessorContext<String, LinkerOutput> context;
    private WindowStore<String, LinkSourceState> store;
    private LinkIndex index;
    /** Statistics changes sources brought, by source, not yet passed on. */
    private final Map<String, List<StatsChange>> pending = new TreeMap<>();

    private long newest = Long.MIN_VALUE;

    /** What linking needs from configuration. */
    record LinkSettings(
            Duration before, Duration after, int maxLinks, Duration horizon, List<StatsWindowing> statistics) {

        /** How much publication time the index keeps behind the newest source. */
        Duration kept() {
            return horizon.plus(before).plus(after);
        }

        /**
         * Notes this recent behind the newest source may still gain or lose links; after a restart
         * their links are scored again, over sources the store still has.
         */
        Duration rescored() {
            return horizon.plus(before).plus(before).plus(after);
        }

        /** The store keeps a margin more than memory, so that every note rescored after a restart has all its events. */
        Duration stored() {
            return kept().plus(before).plus(after);
        }
    }

    ReactionLinker(LinkSettings settings, RunIdentity run, PipelineMetrics metrics) {
        this.settings = settings;
        this.run = run;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, LinkerOutput> context) {
        this.context = context;
        this.store = context.getStateStore(StoreNames.LINK_SOURCES);
        this.index = new LinkIndex(settings.before(), settings.after(), settings.maxLinks());
        try (KeyValueIterator<Windowed<String>, LinkSourceState> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Windowed<String>, LinkSourceState> kv = it.next();
                if (kv.value != null) {
                    index.restore(kv.key.key(), kv.value);
                    if (!kv.value.getPendingStats().isEmpty()) {
                        pending.put(kv.key.key(), new ArrayList<>(kv.value.getPendingStats()));
                    }
                }
            }
        }
        newest = index.newestTime();
        if (newest != Long.MIN_VALUE) {
            index.rescoreAfterRestore(newest - settings.rescored().toMillis());
        }
        context.schedule(EMIT_INTERVAL, PunctuationType.WALL_CLOCK_TIME, t -> {
            emit();
        });
    }

    @Override
    public void process(Record<String, LinkSource> record) {
        LinkSource source = record.value();
        if (source == null) {
            return;
        }
        long t = source.getEventTime().toEpochMilli();
        if (newest != Long.MIN_VALUE && t < newest - settings.horizon().toMillis()) {
            metrics.late(STAGE);
            throw new DeadLetterException(
                    DeadLetterReason.LATE,
                    "link: " + source.getSourceKind() + " " + source.getSourceId() + " published at "
                            + source.getEventTime() + " is more than link.horizon (" + settings.horizon()
                            + ") behind the newest source linked here (" + Instant.ofEpochMilli(newest) + ")");
        }
        newest = Math.max(newest, t);
        String key = LinkSources.storeKey(source);
        LinkIndex.Put put = index.put(key, source);
        if (put.identical()) {
            // Delivered again (at-least-once after a failure): counted once already.
            return;
        }
        if (!source.getStatsChanges().isEmpty()) {
            pending.computeIfAbsent(key, k -> new ArrayList<>()).addAll(source.getStatsChanges());
        }
        if (put.movedFrom() != null) {
            store.put(key, null, put.movedFrom());
        }
        // Only the source that arrived is written now; the notes of other sources whose links it
        // changed are written when those changes are emitted (every source then carries its
        // emitted links, and a restart scores the current ones again from the sources).
        persist(Set.of(key));
    }

    /**
     * Writes every note whose links changed, and passes on the statistics changes of the sources
     * received and of the links changed, one record per window; then forgets what is past the
     * horizon.
     */
    private void emit() {
        if (index.hasDirty() || !pending.isEmpty()) {
            Map<String, StatsCells> deltas = new TreeMap<>();
            Map<String, Long> deltaTimes = new TreeMap<>();
            Set<String> changed = new TreeSet<>(pending.keySet());
            pending.values()
                    .forEach(changes -> changes.forEach(c -> {
                        deltaTimes.put(c.getWindowKey(), c.getWindowStart().toEpochMilli());
                        deltas.computeIfAbsent(c.getWindowKey(), k -> StatsCells.empty())
                                .add(StatsCells.of(bytes(c.getCells())), 1);
                    }));
            pending.clear();
            changed.addAll(index.emit((note, before, after) -> {
                forwardRow(note, after);
                // Usually one link of a few changed: only those change the statistics.
                List<ReactionLink> retracted = new ArrayList<>(before);
                retracted.removeAll(after);
                List<ReactionLink> added = new ArrayList<>(after);
                added.removeAll(before);
                statistics(retracted, -1, deltas, deltaTimes);
                statistics(added, 1, deltas, deltaTimes);
                metrics.reactionsLinked(added.size());
            }));
            deltas.forEach((key, cells) -> {
                if (!cells.isEmpty()) {
                    StatsDelta delta = new StatsDelta(context.taskId().partition(), newest, cells);
                    context.forward(new Record<>(key, new LinkerOutput.StatsChange(delta), deltaTimes.get(key)));
                }
            });
            persist(changed);
        }
        if (newest != Long.MIN_VALUE) {
            index.evictBefore(newest - settings.kept().toMillis());
        }
    }

    private void forwardRow(LinkIndex.NoteEntry note, List<ReactionLink> links) {
        LinkNote n = note.note();
        LinkSource source = note.source();
        NoteLinks row = null;
        if (n != null && !links.isEmpty()) {
            row = NoteLinks.newBuilder()
                    .setNoteId(n.getId())
                    .setNoteSourceId(source.getSourceId())
                    .setNoteSourceKind(source.getSourceKind())
                    .setLinkKey(n.getLinkKey())
                    .setNoteTime(source.getEventTime())
                    .setLinks(links)
                    .build();
        }
        Headers headers = ProvenanceHeaders.stamped(
                new RecordHeaders(),
                run,
                source.getTaxonomyVersion(),
                source.getTaggerVersion(),
                Instant.ofEpochMilli(context.currentSystemTimeMs()));
        context.forward(new Record<>(
                note.noteId(), new LinkerOutput.Row(row), source.getEventTime().toEpochMilli(), headers));
    }

    /** Each reaction counts in the windows of its political event's time. */
    private void statistics(
            List<ReactionLink> links, int sign, Map<String, StatsCells> deltas, Map<String, Long> times) {
        for (ReactionLink l : links) {
            long t = l.getEventTime().toEpochMilli();
            for (StatsWindowing w : settings.statistics()) {
                long start = w.windowStart(t);
                String key = w.deltaKey(start);
                times.put(key, start);
                ReactionIncrements.add(deltas.computeIfAbsent(key, k -> StatsCells.empty()), l, sign);
            }
        }
    }

    private void persist(Set<String> keys) {
        for (String key : keys) {
            Long time = index.time(key);
            if (time != null) {
                LinkSourceState state = index.state(key);
                List<StatsChange> stats = pending.get(key);
                if (stats != null) {
                    state.setPendingStats(List.copyOf(stats));
                }
                store.put(key, state, time);
            }
        }
    }

    private static byte[] bytes(ByteBuffer b) {
        ByteBuffer copy = b.duplicate();
        byte[] out = new byte[copy.remaining()];
        copy.get(out);
        return out;
    }
}
