package dev.mrt.topology;

import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.Provenance;
import dev.mrt.tagging.EventFinding;
import dev.mrt.tagging.EvidenceSpan;
import dev.mrt.tagging.InArticleLink;
import dev.mrt.tagging.NoteFinding;
import dev.mrt.tagging.Tags;
import java.time.Instant;
import java.util.List;

/** Maps the tagger's records to the Avro records on the wire. */
public final class EnrichedArticleMapper {

    private EnrichedArticleMapper() {}

    public static EnrichedArticle toEnriched(
            Article article, Tags tags, Instant processingTime, Provenance provenance) {
        return EnrichedArticle.newBuilder()
                .setArticleId(article.getId())
                .setTitle(article.getTitle())
                .setSource(article.getSource())
                .setUrl(article.getUrl())
                .setArticleVersion(article.getVersion())
                .setPoliticalEvents(
                        tags.events().stream().map(EnrichedArticleMapper::event).toList())
                .setMarketNotes(
                        tags.notes().stream().map(EnrichedArticleMapper::note).toList())
                .setLinks(tags.links().stream().map(EnrichedArticleMapper::link).toList())
                .setTags(List.copyOf(tags.tags()))
                .setTaxonomyVersion(tags.taxonomyVersion())
                .setTaggerVersion(tags.taggerVersion())
                .setEventTime(article.getPublishedAt())
                .setProcessingTime(processingTime)
                .setProvenance(provenance)
                .build();
    }

    public static dev.mrt.avro.EventTag event(EventFinding e) {
        return dev.mrt.avro.EventTag.newBuilder()
                .setId(e.id())
                .setType(e.type())
                .setActors(List.copyOf(e.actors()))
                .setCountries(List.copyOf(e.countries()))
                .setEventDate(e.eventDate())
                .setConfidence(e.confidence())
                .setEvidence(evidence(e.evidence()))
                .build();
    }

    public static dev.mrt.avro.NoteTag note(NoteFinding n) {
        return dev.mrt.avro.NoteTag.newBuilder()
                .setId(n.id())
                .setAsset(n.asset())
                .setDirection(n.direction().code())
                .setMagnitude(n.magnitude().code())
                .setModality(n.modality().code())
                .setAttribution(n.attribution())
                .setCountries(List.copyOf(n.countries()))
                .setConfidence(n.confidence())
                .setEvidence(evidence(n.evidence()))
                .build();
    }

    public static dev.mrt.avro.LinkTag link(InArticleLink l) {
        return dev.mrt.avro.LinkTag.newBuilder()
                .setEvent(l.event())
                .setNote(l.note())
                .setBasis(l.basis())
                .setConfidence(l.confidence())
                .build();
    }

    private static dev.mrt.avro.Evidence evidence(EvidenceSpan e) {
        return new dev.mrt.avro.Evidence(e.start(), e.end(), e.text());
    }
}
