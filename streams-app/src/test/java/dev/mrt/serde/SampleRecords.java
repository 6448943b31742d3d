package dev.mrt.serde;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.Provenance;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Realistic records for tests, shaped after the seed story. */
final class SampleRecords {

    private SampleRecords() {}

    /** An enriched article whose title is padded so that the record is about {@code approximateBytes} long. */
    static EnrichedArticle enrichedArticle(int approximateBytes) {
        EventTag call = EventTag.newBuilder()
                .setId("e1")
                .setType("diplomacy.leader_call")
                .setActors(List.of("Joe Biden", "Xi Jinping"))
                .setCountries(List.of("CN", "US"))
                .setEventDate(LocalDate.of(2021, 9, 9))
                .setConfidence(0.93)
                .setEvidence(
                        new Evidence(0, 70, "Biden and Xi held a call on Thursday night, their first in seven months"))
                .build();
        NoteTag yields = NoteTag.newBuilder()
                .setId("n1")
                .setAsset("UST_YIELDS")
                .setDirection("up")
                .setMagnitude("small")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(List.of("US"))
                .setConfidence(0.88)
                .setEvidence(new Evidence(
                        400, 470, "Treasuries drifted lower, with yields rising modestly across the curve"))
                .build();
        NoteTag yuan = NoteTag.newBuilder()
                .setId("n2")
                .setAsset("USDCNH")
                .setDirection("down")
                .setMagnitude("unspecified")
                .setModality("expected")
                .setAttribution("Mark Cranfield")
                .setCountries(List.of("CN", "US"))
                .setConfidence(0.74)
                .setEvidence(new Evidence(500, 560, "the dollar could head lower against the offshore yuan"))
                .build();
        EnrichedArticle article = EnrichedArticle.newBuilder()
                .setArticleId("bbg-2021-09-10-biden-xi")
                .setTitle("Asian stocks rise after Biden-Xi call")
                .setSource("Bloomberg")
                .setUrl("https://example.com/news/biden-xi-call")
                .setArticleVersion(1L)
                .setPoliticalEvents(List.of(call))
                .setMarketNotes(List.of(yields, yuan))
                .setLinks(List.of(
                        new LinkTag("e1", "n1", "explicit_reference", 0.8),
                        new LinkTag("e1", "n2", "explicit_reference", 0.7)))
                .setTags(List.of("us-china", "rates", "fx", "risk-on"))
                .setTaxonomyVersion("2024.1")
                .setTaggerVersion("0.1.0")
                .setEventTime(Instant.parse("2021-09-10T12:25:00Z"))
                .setProcessingTime(Instant.parse("2024-05-01T10:00:00.123Z"))
                .setProvenance(Provenance.newBuilder()
                        .setMode("live")
                        .setApplicationId("mrt")
                        .setSourceTopic("news.articles.v1")
                        .setSourcePartition(0)
                        .setSourceOffset(42L)
                        .build())
                .build();
        int padding = Math.max(0, approximateBytes - 900);
        article.setTitle(article.getTitle() + " "
                + "Markets were broadly optimistic about the call. "
                        .repeat(padding / 49 + 1)
                        .substring(0, padding));
        return article;
    }
}
