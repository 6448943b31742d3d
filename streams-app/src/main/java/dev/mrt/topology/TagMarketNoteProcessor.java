package dev.mrt.topology;

import dev.mrt.avro.LinkSource;
import dev.mrt.avro.MarketNote;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.Tags;
import dev.mrt.topology.errors.DeadLetterException;
import dev.mrt.topology.errors.DeadLetterReason;
import java.time.Instant;
import java.time.ZoneOffset;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Tags one item of the market-commentary feed and forwards its market notes for cross-feed
 * linking, one record per linking partition that owns one of their link keys. The item's text is the tagger's title, so evidence offsets index the text itself.
 */
final class TagMarketNoteProcessor implements Processor<String, MarketNote, String, LinkSource> {
    private final ArticleTagger tagger;
    private final RunIdentity run;
    private final PipelineMetrics metrics;
    private final LinkSources sources;
    private ProcessorContext<String, LinkSource> context;

    TagMarketNoteProcessor(ArticleTagger tagger, RunIdentity run, PipelineMetrics metrics, LinkSources sources) {
        this.tagger = tagger;
        this.run = run;
        this.metrics = metrics;
        this.sources = sources;
    }

    @Override
    public void init(ProcessorContext<String, LinkSource> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, MarketNote> record) {
        MarketNote note = record.value();
        if (note == null) {
            throw new DeadLetterException(DeadLetterReason.NULL_VALUE, "null value for market note " + record.key());
        }
        if (note.getText().isBlank()) {
            throw new DeadLetterException(DeadLetterReason.EMPTY_BODY, "market note " + note.getId() + " has no text");
        }
        Integer offset = note.getPublishedOffsetSeconds();
        ArticleText text = new ArticleText(
                note.getId(),
                note.getText(),
                "",
                note.getPublishedAt().atOffset(offset == null ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds(offset)));
        Tags tags = tagger.tag(text);
        metrics.feedNoteTagged(tags.notes().size());
        var notes = tags.notes().stream().map(EnrichedArticleMapper::note).toList();
        var headers = ProvenanceHeaders.stamped(
                record.headers(),
                run,
                tags.taxonomyVersion(),
                tags.taggerVersion(),
                Instant.ofEpochMilli(context.currentSystemTimeMs()));
        for (KeyValue<String, LinkSource> kv : sources.ofFeedItem(
                note.getId(), note.getPublishedAt(), notes, tags.taxonomyVersion(), tags.taggerVersion())) {
            context.forward(record.withKey(kv.key).withValue(kv.value).withHeaders(headers));
        }
    }
}
