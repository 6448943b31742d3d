package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.PoliticalEvent;
import dev.mrt.avro.StatsChange;
import dev.mrt.avro.TaggedMarketNote;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * What a source sends to cross-feed linking: its political events (once per link key) and its
 * market notes, grouped by the linking partition that owns their keys, one {@link LinkSource}
 * per partition, keyed by source id. A revision goes to every partition, empty where it has
 * nothing, so that each partition drops what the previous revision had there.
 */
public final class LinkSources {
    private final int partitions;

    /** @param partitions partitions of the linking repartition topics */
    public LinkSources(int partitions) {
        this.partitions = partitions;
    }

    /**
     * @param revision     the article replaces one seen before: every partition gets a record
     * @param statsChanges what the article changes in the statistics by itself; carried by the
     *                     first record (there is one whenever they are not empty: reactions need
     *                     events and notes, and a revision reaches every partition)
     */
    public List<KeyValue<String, LinkSource>> of(EnrichedArticle a, boolean revision, List<StatsChange> statsChanges) {
        return group(
                a.getArticleId(),
                TagFanOut.SOURCE_ARTICLE,
                a.getEventTime(),
                TagFanOut.events(a).stream().map(kv -> kv.value).toList(),
                TagFanOut.notes(a).stream().map(kv -> kv.value).toList(),
                revision,
                statsChanges);
    }

    public List<KeyValue<String, LinkSource>> ofNotes(
            String sourceId, Instant time, List<KeyValue<String, TaggedMarketNote>> notes) {
        return group(
                sourceId,
                TagFanOut.SOURCE_NOTE_FEED,
                time,
                List.of(),
                notes.stream().map(kv -> kv.value).toList(),
                false,
                List.of());
    }

    private List<KeyValue<String, LinkSource>> group(
            String sourceId,
            String kind,
            Instant time,
            List<PoliticalEvent> events,
            List<TaggedMarketNote> notes,
            boolean everyPartition,
            List<StatsChange> statsChanges) {
        Map<Integer, LinkSource.Builder> byHome = new TreeMap<>();
        if (everyPartition) {
            for (int p = 0; p < partitions; p++) {
                byHome.put(p, builder(sourceId, kind, time, p));
            }
        }
        for (PoliticalEvent e : events) {
            int home = LinkHomes.of(e.getLinkKey(), partitions);
            LinkSource.Builder b = byHome.computeIfAbsent(home, h -> builder(sourceId, kind, time, h));
            b.getEvents().add(e);
        }
        for (TaggedMarketNote n : notes) {
            int home = LinkHomes.of(n.getLinkKey(), partitions);
            LinkSource.Builder b = byHome.computeIfAbsent(home, h -> builder(sourceId, kind, time, h));
            b.getNotes().add(n);
        }
        if (!statsChanges.isEmpty()) {
            // Built from scratch, not copied: Avro's copy builders refuse classes not on its trust list.
            byHome.computeIfAbsent(LinkHomes.of(sourceId, partitions), h -> builder(sourceId, kind, time, h));
            byHome.values().iterator().next().setStatsChanges(statsChanges);
        }
        List<KeyValue<String, LinkSource>> out = new ArrayList<>(byHome.size());
        byHome.values().forEach(b -> out.add(KeyValue.pair(sourceId, b.build())));
        return out;
    }

    private static LinkSource.Builder builder(String sourceId, String kind, Instant time, int home) {
        return LinkSource.newBuilder()
                .setSourceId(sourceId)
                .setSourceKind(kind)
                .setHome(home)
                .setEventTime(time)
                .setEvents(new ArrayList<>())
                .setNotes(new ArrayList<>())
                .setStatsChanges(List.of());
    }

    /** Sends each record to the partition it was grouped for. */
    public static StreamPartitioner<String, LinkSource> partitioner() {
        return (topic, key, value, numPartitions) -> Optional.of(Set.of(value.getHome() % numPartitions));
    }

    /**
     * The key a linking partition keeps a source under: kind, id and home, since the partitions
     * of a test driver (one) or of a topic with fewer partitions may meet in one task.
     */
    static String storeKey(LinkSource s) {
        return s.getSourceKind() + ":" + s.getSourceId() + "@" + s.getHome();
    }
}
