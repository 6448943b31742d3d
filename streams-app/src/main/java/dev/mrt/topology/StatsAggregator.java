package dev.mrt.topology;

import dev.mrt.avro.ReactionStatsWindow;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Applies the changes linking passes on to the statistics windows, one store per granularity
 * keyed by {@link StatsWindowing#deltaKey(long)}, and writes each changed window to the
 * statistics topic once per {@link #EMIT_INTERVAL}, whatever the number of changes.
 *
 * <p><b>Why no change is ever late here.</b> The linking partitions run at different speeds (in
 * a backlog, days of publication time apart), so a window cannot be dropped because the newest
 * change is far past it, as a windowed aggregation would by its stream time. A window is kept
 * for its retention behind the slowest linking partition's progress, and never less than the
 * linking horizon and link window allow changes to it: every change linking passes on finds its
 * window. Linking is the one place where a record can be late.
 */
final class StatsAggregator implements Processor<String, StatsDelta, String, ReactionStatsWindow> {
    /**
     * How often changed windows are written to the statistics topic. A busy window (the current
     * day) changes at every emission of every linking partition, and is written whole: once a
     * second is fresh enough for dashboards and keeps that to a few writes a second.
     */
    static final Duration EMIT_INTERVAL = Duration.ofSeconds(1);

    private final List<StatsWindowing> windowings;
    private final int linkPartitions;
    private final Duration changeable;
    private final Map<String, KeyValueStore<String, StatsWindowEntry>> stores = new HashMap<>();
    private final TreeSet<String> unsent = new TreeSet<>();
    private final Map<Integer, Long> progress = new HashMap<>();
    private ProcessorContext<String, ReactionStatsWindow> context;

    /**
     * @param changeable how far behind a linking partition's progress it may still change a
     *                   window: the horizon plus the link window
     */
    StatsAggregator(List<StatsWindowing> windowings, int linkPartitions, Duration changeable) {
        this.windowings = windowings;
        this.linkPartitions = linkPartitions;
        this.changeable = changeable;
    }

    @Override
    public void init(ProcessorContext<String, ReactionStatsWindow> context) {
        this.context = context;
        for (StatsWindowing w : windowings) {
            KeyValueStore<String, StatsWindowEntry> store = context.getStateStore(w.store());
            stores.put(w.name(), store);
            try (KeyValueIterator<String, StatsWindowEntry> it = store.all()) {
                it.forEachRemaining(kv -> {
                    if (kv.value != null && kv.value.unsent()) {
                        unsent.add(kv.key);
                    }
                });
            }
        }
        context.schedule(EMIT_INTERVAL, PunctuationType.WALL_CLOCK_TIME, t -> emit());
    }

    @Override
    public void process(Record<String, StatsDelta> record) {
        StatsDelta delta = record.value();
        if (record.key() == null || delta == null) {
            return;
        }
        StatsWindowing w = owner(record.key());
        if (w == null) {
            return;
        }
        KeyValueStore<String, StatsWindowEntry> store = stores.get(w.name());
        StatsWindowEntry entry = store.get(record.key());
        StatsCells cells = entry == null ? StatsCells.empty() : entry.cells();
        store.put(record.key(), new StatsWindowEntry(true, cells.add(delta.cells(), 1)));
        unsent.add(record.key());
        progress.merge(delta.partition(), delta.progress(), Math::max);
    }

    private void emit() {
        for (String key : unsent) {
            StatsWindowing w = owner(key);
            KeyValueStore<String, StatsWindowEntry> store = stores.get(w.name());
            StatsWindowEntry entry = store.get(key);
            if (entry == null) {
                continue;
            }
            long start = w.windowStart(key);
            context.forward(new Record<>(
                    StatsWindowing.outputKey(start, w.size()),
                    ReactionStatsTopology.window(entry.cells(), start, w.size().toMillis()),
                    start));
            store.put(key, entry.sent());
        }
        unsent.clear();
        expire();
    }

    /** Drops the windows every linking partition is past by more than their retention. */
    private void expire() {
        if (progress.size() < linkPartitions) {
            return;
        }
        long slowest =
                progress.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        for (StatsWindowing w : windowings) {
            Duration keep = w.retention().compareTo(changeable) > 0 ? w.retention() : changeable;
            long cutoff = slowest - keep.toMillis() - w.size().toMillis();
            if (cutoff <= 0) {
                continue;
            }
            KeyValueStore<String, StatsWindowEntry> store = stores.get(w.name());
            String until = w.deltaKey(w.windowStart(cutoff));
            List<String> old = new java.util.ArrayList<>();
            try (KeyValueIterator<String, StatsWindowEntry> it = store.range(w.name() + "@", until)) {
                while (it.hasNext()) {
                    KeyValue<String, StatsWindowEntry> kv = it.next();
                    if (kv.key.compareTo(until) < 0 && !unsent.contains(kv.key)) {
                        old.add(kv.key);
                    }
                }
            }
            old.forEach(store::delete);
        }
    }

    private StatsWindowing owner(String key) {
        for (StatsWindowing w : windowings) {
            if (w.owns(key)) {
                return w;
            }
        }
        return null;
    }
}
