package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.Provenance;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.Tags;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Tags one article. Processing time and provenance come from the processor context (never the
 * tagger), so tagging stays a pure function of the text and the taxonomy; they go into the
 * value's provenance fields and into the {@link ProvenanceHeaders}.
 */
final class TagArticleProcessor implements FixedKeyProcessor<String, ArticleRevision, TaggedArticle> {
    private final ArticleTagger tagger;
    private final RunIdentity run;
    private final PipelineMetrics metrics;
    private FixedKeyProcessorContext<String, TaggedArticle> context;

    TagArticleProcessor(ArticleTagger tagger, RunIdentity run, PipelineMetrics metrics) {
        this.tagger = tagger;
        this.run = run;
        this.metrics = metrics;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, TaggedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, ArticleRevision> record) {
        Article article = record.value().article();
        long t0 = System.nanoTime();
        Tags tags = tagger.tag(ArticleTexts.of(article));
        metrics.articleTagged(
                tags.events().size(),
                tags.notes().size(),
                tags.links().size(),
                java.time.Duration.ofNanos(System.nanoTime() - t0));
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        EnrichedArticle enriched = EnrichedArticleMapper.toEnriched(article, tags, now, provenance());
        DedupEntry revision = DedupEntry.of(article).withContribution(ReactionIncrements.of(enriched));
        TaggedArticle tagged = new TaggedArticle(
                enriched, revision, record.value().previous(), record.value().previousTime());
        context.forward(record.withValue(tagged)
                .withHeaders(ProvenanceHeaders.stamped(
                        record.headers(), run, tags.taxonomyVersion(), tags.taggerVersion(), now)));
    }

    private Provenance provenance() {
        var meta = context.recordMetadata();
        return Provenance.newBuilder()
                .setMode(run.mode())
                .setReplayId(run.replayId())
                .setApplicationId(context.applicationId())
                .setSourceTopic(meta.map(m -> m.topic()).orElse(null))
                .setSourcePartition(meta.map(m -> m.partition()).orElse(null))
                .setSourceOffset(meta.map(m -> m.offset()).orElse(null))
                .build();
    }
}
