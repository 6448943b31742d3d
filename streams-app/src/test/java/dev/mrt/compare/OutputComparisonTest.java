package dev.mrt.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.EventTag;
import dev.mrt.avro.Evidence;
import dev.mrt.avro.LinkTag;
import dev.mrt.avro.NoteTag;
import dev.mrt.avro.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OutputComparisonTest {

    private static EventTag call() {
        return EventTag.newBuilder()
                .setId("e1")
                .setType("leader_call")
                .setActors(List.of("Biden", "Xi"))
                .setCountries(List.of("US", "CN"))
                .setEventDate(null)
                .setConfidence(0.9)
                .setEvidence(new Evidence(0, 4, "call"))
                .build();
    }

    private static NoteTag note(String id, String asset, String direction, double confidence) {
        return NoteTag.newBuilder()
                .setId(id)
                .setAsset(asset)
                .setDirection(direction)
                .setMagnitude("small")
                .setModality("realized")
                .setAttribution(null)
                .setCountries(List.of("US"))
                .setConfidence(confidence)
                .setEvidence(new Evidence(5, 9, "note"))
                .build();
    }

    private static EnrichedArticle article(
            String id,
            List<EventTag> events,
            List<NoteTag> notes,
            List<String> tags,
            String taxonomy,
            String replayId) {
        List<LinkTag> links = new ArrayList<>();
        if (!events.isEmpty() && !notes.isEmpty()) {
            links.add(new LinkTag(events.get(0).getId(), notes.get(0).getId(), "causal_cue", 0.8));
        }
        return EnrichedArticle.newBuilder()
                .setArticleId(id)
                .setTitle("Title " + id)
                .setSource(null)
                .setUrl(null)
                .setArticleVersion(null)
                .setPoliticalEvents(events)
                .setMarketNotes(notes)
                .setLinks(links)
                .setTags(tags)
                .setTaxonomyVersion(taxonomy)
                .setTaggerVersion("0.1.0")
                .setEventTime(Instant.parse("2021-09-10T12:25:00Z"))
                .setProcessingTime(
                        replayId == null
                                ? Instant.parse("2021-09-10T12:25:01Z")
                                : Instant.parse("2024-05-01T00:00:00Z"))
                .setProvenance(Provenance.newBuilder()
                        .setMode(replayId == null ? "live" : "replay")
                        .setReplayId(replayId)
                        .setApplicationId("app")
                        .setSourceTopic("news.articles.v1")
                        .setSourcePartition(0)
                        .setSourceOffset(1L)
                        .build())
                .build();
    }

    private static TopicSnapshot snapshot(String topic, EnrichedArticle... articles) {
        Map<String, ArticleFindings> m = List.of(articles).stream()
                .map(ArticleFindings::of)
                .collect(Collectors.toMap(ArticleFindings::id, Function.identity()));
        return new TopicSnapshot(topic, m, articles.length);
    }

    @Test
    void provenanceProcessingTimeAndVersionsAreNotDifferences() {
        var live = snapshot(
                "live",
                article("a", List.of(call()), List.of(note("n1", "UST", "up", 0.8)), List.of("rates"), "1.0", null));
        var replay = snapshot(
                "replay",
                article("a", List.of(call()), List.of(note("n1", "UST", "up", 0.8)), List.of("rates"), "1.1", "r1"));

        ComparisonReport report = OutputComparison.compare(live, replay, false, 10);

        assertThat(report.identical()).isTrue();
        assertThat(report.changed()).isZero();
        assertThat(report.leftVersions()).containsOnlyKeys("taxonomy 1.0, tagger 0.1.0");
        assertThat(report.rightVersions()).containsOnlyKeys("taxonomy 1.1, tagger 0.1.0");
        assertThat(ComparisonTable.render(report)).contains("no differences");
    }

    @Test
    void countsPerEventTypeAssetAndTagAndTheChangedArticlesWithWhatChanged() {
        var live = snapshot(
                "live",
                article(
                        "a",
                        List.of(call()),
                        List.of(note("n1", "USDCNH", "down", 0.7)),
                        List.of("us-china", "fx"),
                        "1",
                        null),
                article("b", List.of(), List.of(note("n1", "UST", "up", 0.8)), List.of("rates"), "1", null),
                article("c", List.of(), List.of(note("n1", "UST", "up", 0.8)), List.of("rates"), "1", null),
                article("only-live", List.of(call()), List.of(), List.of(), "1", null));
        var replay = snapshot(
                "replay",
                article(
                        "a",
                        List.of(call()),
                        List.of(note("n1", "USDCNH", "down", 0.7), note("n2", "UST", "up", 0.6)),
                        List.of("us-china", "fx", "risk-on"),
                        "2",
                        "r"),
                article("b", List.of(), List.of(note("n1", "UST", "up", 0.8)), List.of("rates"), "2", "r"),
                article("c", List.of(), List.of(note("n1", "UST", "up", 0.5)), List.of("rates"), "2", "r"),
                article("only-replay", List.of(), List.of(), List.of(), "2", "r"));

        ComparisonReport report = OutputComparison.compare(live, replay, false, 10);

        assertThat(report.inBoth()).isEqualTo(3);
        assertThat(report.onlyLeft()).isEqualTo(1);
        assertThat(report.onlyRight()).isEqualTo(1);
        assertThat(report.changed()).isEqualTo(2);
        assertThat(report.unchanged()).isEqualTo(1);
        assertThat(report.eventTypes())
                .as("only articles on both sides count by default")
                .containsExactly(new CountRow("leader_call", 1, 1));
        assertThat(report.assets()).containsExactly(new CountRow("USDCNH down", 1, 1), new CountRow("UST up", 2, 3));
        assertThat(report.tags()).contains(new CountRow("risk-on", 0, 1), new CountRow("rates", 2, 2));
        assertThat(report.examples()).extracting(ArticleChange::id).containsExactly("a", "c");
        ArticleChange a = report.examples().get(0);
        assertThat(a.added()).containsExactly("note UST up small realized", "tag risk-on");
        assertThat(a.removed()).isEmpty();
        assertThat(report.examples().get(1).detailsOnly())
                .as("only a confidence changed")
                .isTrue();
        assertThat(report.onlyLeftExamples()).containsExactly("only-live");

        ComparisonReport everything = OutputComparison.compare(live, replay, true, 1);
        assertThat(everything.eventTypes()).containsExactly(new CountRow("leader_call", 2, 1));
        assertThat(everything.examples()).hasSize(1);

        String table = ComparisonTable.render(report);
        assertThat(table)
                .contains(
                        "changed: 2 of the 3 articles on both sides",
                        "+ note UST up small realized",
                        "details changed",
                        "only left: 1 article(s), e.g. only-live");
        assertThat(table).containsPattern("UST up\\s+2\\s+3\\s+\\+1");
    }

    @Test
    void linksAreNamedByWhatTheyLink() {
        ArticleFindings f = ArticleFindings.of(
                article("a", List.of(call()), List.of(note("n1", "UST", "up", 0.8)), List.of(), "1", null));

        assertThat(f.links()).containsExactly("leader_call CN-US -> UST up");
    }
}
