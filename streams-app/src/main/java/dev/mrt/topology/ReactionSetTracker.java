package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.MeasuredSource;
import dev.mrt.avro.ReactionBatch;
import dev.mrt.avro.ReactionRef;
import dev.mrt.avro.ReactionToMeasure;
import dev.mrt.market.Instruments;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.WindowStore;

/**
 * Sends the reactions of each source to be measured, one {@link ReactionBatch} per instrument
 * (the key of the next stage's partition), and remembers where they went: a source's next
 * record (a revised article) then takes out what the previous one sent (dropped), and retracts
 * the reactions it no longer has; a tombstone retracts them all. A reaction whose instrument
 * changed is taken out of the old instrument silently and marked as moved in on the new one,
 * which then writes every horizon afresh. Whatever produces reactions (the links inside enriched
 * articles; cross-feed links) comes in through the function that reads its records.
 *
 * @param <V> the source's record
 */
final class ReactionSetTracker<V> implements Processor<String, V, String, ReactionBatch> {
    private final String store;
    private final Function<V, List<ReactionToMeasure>> reactionsOf;
    private WindowStore<String, MeasuredSource> sources;
    private ProcessorContext<String, ReactionBatch> context;

    /** @param store where the sources' reactions are remembered (one store per kind of source) */
    ReactionSetTracker(String store, Function<V, List<ReactionToMeasure>> reactionsOf) {
        this.store = store;
        this.reactionsOf = reactionsOf;
    }

    /** The links inside enriched articles, keyed by article id. */
    static ReactionSetTracker<EnrichedArticle> ofArticles(Instruments instruments) {
        return new ReactionSetTracker<>(StoreNames.REALIZED_SOURCES, a -> ReactionsToMeasure.of(a, instruments));
    }

    @Override
    public void init(ProcessorContext<String, ReactionBatch> context) {
        this.context = context;
        this.sources = context.getStateStore(store);
    }

    @Override
    public void process(Record<String, V> record) {
        if (record.key() == null) {
            return;
        }
        List<ReactionToMeasure> current = record.value() == null ? List.of() : reactionsOf.apply(record.value());
        List<ReactionRef> previous = new ArrayList<>();
        for (KeyValue<Long, MeasuredSource> old : WindowStoreEntries.of(sources, record.key())) {
            previous.addAll(old.value.getReactions());
            sources.put(record.key(), null, old.key);
        }
        if (current.isEmpty() && previous.isEmpty()) {
            return;
        }
        // The source's own time: what lateness and the store go by (a tombstone keeps its record's).
        long time = current.stream()
                .mapToLong(r -> r.getPublicationTime().toEpochMilli())
                .max()
                .orElse(record.timestamp());
        List<ReactionRef> refs = current.stream().map(RealizedMoves::refOf).toList();
        if (!refs.isEmpty()) {
            sources.put(record.key(), new MeasuredSource(refs), time);
        }

        Map<String, String> currentInstrument = new HashMap<>();
        current.forEach(r -> currentInstrument.put(r.getReactionId(), r.getInstrument()));
        Map<String, String> previousInstrument = new HashMap<>();
        previous.forEach(r -> previousInstrument.put(r.getReactionId(), r.getInstrument()));
        Map<String, List<ReactionToMeasure>> currentBy = new TreeMap<>();
        current.forEach(r -> currentBy
                .computeIfAbsent(r.getInstrument(), k -> new ArrayList<>())
                .add(r));
        Map<String, List<ReactionRef>> droppedBy = new TreeMap<>();
        previous.forEach(r -> droppedBy
                .computeIfAbsent(r.getInstrument(), k -> new ArrayList<>())
                .add(r));
        Set<String> instrumentsTouched = new TreeSet<>(currentBy.keySet());
        instrumentsTouched.addAll(droppedBy.keySet());
        for (String instrument : instrumentsTouched) {
            List<ReactionRef> dropped = droppedBy.getOrDefault(instrument, List.of());
            List<ReactionToMeasure> now = currentBy.getOrDefault(instrument, List.of());
            Set<String> retracted = new HashSet<>();
            dropped.forEach(d -> {
                if (!currentInstrument.containsKey(d.getReactionId())) {
                    retracted.add(d.getReactionId());
                }
            });
            List<String> movedIn = now.stream()
                    .map(ReactionToMeasure::getReactionId)
                    .filter(id -> previousInstrument.containsKey(id)
                            && !previousInstrument.get(id).equals(instrument))
                    .toList();
            ReactionBatch batch = ReactionBatch.newBuilder()
                    .setSourceId(record.key())
                    .setInstrument(instrument)
                    .setTime(Instant.ofEpochMilli(time))
                    .setCurrent(now)
                    .setDropped(dropped)
                    .setRetracted(new ArrayList<>(new TreeSet<>(retracted)))
                    .setMovedIn(movedIn)
                    .build();
            context.forward(new Record<>(instrument, batch, time, record.headers()));
        }
    }
}
