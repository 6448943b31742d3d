package dev.mrt.topology;

import dev.mrt.tagging.ArticleTagger;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Named;

/**
 * {@code market.notes.v1} (short market-commentary items) -> tag -> each market note on
 * {@code market.notes.tagged.v1}, keyed by link key, beside the notes found in articles.
 */
public final class MarketNoteTopology {
    public static final String TAG_PROCESSOR = "tag-market-note";

    private MarketNoteTopology() {
    }

    public static void addTo(StreamsBuilder builder, Topics topics, ArticleTagger tagger, PipelineMetrics metrics) {
        builder.stream(topics.marketNotes().name(),
                        topics.marketNotes().consumed().withTimestampExtractor(new PublicationTimeExtractor()))
                .process(() -> new TagMarketNoteProcessor(tagger, metrics), Named.as(TAG_PROCESSOR))
                .to(topics.taggedNotes().name(), topics.taggedNotes().produced("note-feed"));
    }
}
