package dev.mrt.topology;

import dev.mrt.avro.LinkSource;
import dev.mrt.avro.MarketNote;
import dev.mrt.tagging.ArticleTagger;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code market.notes.v1} (short market-commentary items) -> tag -> the item's market notes,
 * for cross-feed linking beside the notes found in articles (one record per linking partition,
 * see {@link LinkSources}). A replay over a bounded event-time window first drops the items
 * outside it.
 */
public final class MarketNoteTopology {
    public static final String TAG_PROCESSOR = "tag-market-note";
    public static final String WINDOW_GATE = "market-note-event-time-window";

    private MarketNoteTopology() {}

    public static KStream<String, LinkSource> addTo(
            StreamsBuilder builder,
            Topics topics,
            ArticleTagger tagger,
            RunIdentity run,
            TopologySettings settings,
            PipelineMetrics metrics) {
        KStream<String, MarketNote> notes = builder.stream(
                topics.marketNotes().name(),
                topics.marketNotes().consumed().withTimestampExtractor(new PublicationTimeExtractor()));
        if (run.window().isBounded()) {
            notes = notes.processValues(
                    () -> new EventTimeWindowGate<>("market-notes", run.window(), metrics), Named.as(WINDOW_GATE));
        }
        LinkSources sources = new LinkSources(settings.linkPartitions());
        return notes.process(() -> new TagMarketNoteProcessor(tagger, run, metrics, sources), Named.as(TAG_PROCESSOR));
    }
}
