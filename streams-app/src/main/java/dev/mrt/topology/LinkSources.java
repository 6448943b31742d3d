package dev.mrt.topology;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.LinkEvent;
import dev.mrt.avro.LinkNote;
import dev.mrt.avro.LinkSource;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.StatsChange;
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
 * market notes, as much of them as linking uses, grouped by the linking partition that owns
 * their keys, one {@link LinkSource} per partition, keyed by source id. A revision goes to
 * every partition, empty where it has nothing, so that each partition drops what the previous
 * revision had there.
 */
public final class LinkSources {
    public static final String SOURCE_ARTICLE = "article";
    public static final String SOURCE_NOTE_FEED = "note_feed";

    private final int partitions;

    /** @param partitions partitions of the linking repartition topics */
    public LinkSources(int partitions) {
        this.partitions = partitions;
    }

    /**
     * @param revision     the article replaces one seen before: every partition gets a record
     * @param statsChanges what the article changes in the statistics by itself; carried by one
     *                     of its records
     */
    public List<KeyValue<String, LinkSource>> of(EnrichedArticle a, boolean revision, List<StatsChange> statsChanges) {
        List<LinkEvent> events = new ArrayList<>();
        for (EventTag e : a.getPoliticalEvents()) {
            for (String key : LinkKeys.forEvent(e.getCountries())) {
                events.add(LinkEvent.newBuilder()
                        .setId(ArticleViews.eventId(a, e))
                        .setArticleId(a.getArticleId())
                        .setType(e.getType())
                        .setCountries(e.getCountries())
                        .setConfidence(e.getConfidence())
                        .setLinkKey(key)
                        .build());
            }
        }
        return group(
                a.getArticleId(),
                SOURCE_ARTICLE,
                a.getEventTime(),
                a.getTaxonomyVersion(),
                a.getTaggerVersion(),
                events,
                notes(a.getArticleId(), a.getMarketNotes()),
                revision,
                statsChanges);
    }

    /** The notes of an item of the market-notes feed. */
    public List<KeyValue<String, LinkSource>> ofFeedItem(
            String itemId, Instant time, List<NoteTag> notes, String taxonomyVersion, String taggerVersion) {
        return group(
                itemId,
                SOURCE_NOTE_FEED,
                time,
                taxonomyVersion,
                taggerVersion,
                List.of(),
                notes(itemId, notes),
                false,
                List.of());
    }

    private static List<LinkNote> notes(String sourceId, List<NoteTag> notes) {
        List<LinkNote> out = new ArrayList<>(notes.size());
        for (NoteTag n : notes) {
            out.add(LinkNote.newBuilder()
                    .setId(sourceId + "/" + n.getId())
                    .setAsset(n.getAsset())
                    .setDirection(n.getDirection())
                    .setMagnitude(n.getMagnitude())
                    .setModality(n.getModality())
                    .setConfidence(n.getConfidence())
                    .setLinkKey(LinkKeys.forNote(n.getCountries(), n.getAsset()))
                    .build());
        }
        return out;
    }

    private List<KeyValue<String, LinkSource>> group(
            String sourceId,
            String kind,
            Instant time,
            String taxonomyVersion,
            String taggerVersion,
            List<LinkEvent> events,
            List<LinkNote> notes,
            boolean everyPartition,
            List<StatsChange> statsChanges) {
        Map<Integer, LinkSource.Builder> byHome = new TreeMap<>();
        java.util.function.IntFunction<LinkSource.Builder> builder = home -> LinkSource.newBuilder()
                .setSourceId(sourceId)
                .setSourceKind(kind)
                .setHome(home)
                .setEventTime(time)
                .setTaxonomyVersion(taxonomyVersion)
                .setTaggerVersion(taggerVersion)
                .setEvents(new ArrayList<>())
                .setNotes(new ArrayList<>())
                .setStatsChanges(List.of());
        if (everyPartition) {
            for (int p = 0; p < partitions; p++) {
                byHome.put(p, builder.apply(p));
            }
        }
        for (LinkEvent e : events) {
            byHome.computeIfAbsent(LinkHomes.of(e.getLinkKey(), partitions), builder::apply)
                    .getEvents()
                    .add(e);
        }
        for (LinkNote n : notes) {
            byHome.computeIfAbsent(LinkHomes.of(n.getLinkKey(), partitions), builder::apply)
                    .getNotes()
                    .add(n);
        }
        if (!statsChanges.isEmpty()) {
            // Built from scratch, not copied: Avro's copy builders refuse classes not on its trust list.
            byHome.computeIfAbsent(LinkHomes.of(sourceId, partitions), builder::apply);
            byHome.values().iterator().next().setStatsChanges(statsChanges);
        }
        List<KeyValue<String, LinkSource>> out = new ArrayList<>(byHome.size());
        byHome.values().forEach(b -> out.add(KeyValue.pair(sourceId, b.build())));
        return out;
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
