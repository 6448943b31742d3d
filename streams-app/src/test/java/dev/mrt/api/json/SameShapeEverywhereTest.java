package dev.mrt.api.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mrt.avro.Article;
import dev.mrt.avro.EnrichedArticle;
import dev.mrt.avro.Provenance;
import dev.mrt.ingest.JsonLinesArticles;
import dev.mrt.offline.TagLines;
import dev.mrt.tagging.ArticleTagger;
import dev.mrt.tagging.ArticleText;
import dev.mrt.tagging.Tags;
import dev.mrt.testing.RecordShapes;
import dev.mrt.testing.TestConfigs;
import dev.mrt.topology.EnrichedArticleMapper;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each sample article tagged once, then written the way {@code tag} writes it and the way the
 * stream does (what local mode prints, the API serves and the live feed sends): the same
 * findings with the same fields, and every contract field in both.
 */
class SameShapeEverywhereTest {
    private static final ArticleTagger TAGGER =
            ArticleTagger.load(TestConfigs.repoRoot().resolve("config/taxonomy"));

    @Test
    void tagAndTheStreamWriteTheSameFindingsWithTheSameFields() throws Exception {
        List<Article> samples =
                JsonLinesArticles.readAll(TestConfigs.repoRoot().resolve("config/samples/articles.jsonl"));
        assertThat(samples).isNotEmpty();
        for (Article a : samples) {
            Tags tags = TAGGER.tag(new ArticleText(
                    a.getId(),
                    a.getTitle(),
                    a.getBody(),
                    a.getPublishedAt().atOffset(ZoneOffset.ofTotalSeconds(a.getPublishedOffsetSeconds()))));
            JsonNode tagged = TagLines.contract(a.getId(), tags);
            EnrichedArticle enriched = EnrichedArticleMapper.toEnriched(
                    a, tags, Instant.EPOCH, new Provenance("live", null, "test", null, null, null));
            JsonNode streamed = EnrichedArticleJson.toJson(enriched);

            assertThat(RecordShapes.keys(tagged)).containsExactlyInAnyOrderElementsOf(RecordShapes.CONTRACT_FIELDS);
            assertThat(RecordShapes.keys(streamed)).containsAll(RecordShapes.CONTRACT_FIELDS);
            for (String findings : List.of("political_events", "market_notes", "links", "tags")) {
                assertThat(streamed.path(findings))
                        .as(a.getId() + " " + findings)
                        .isEqualTo(tagged.path(findings));
            }
            if (tags.events().size() + tags.notes().size() + tags.links().size() > 0) {
                RecordShapes.assertFindingsHaveTheirRecordsFields(tagged);
                RecordShapes.assertFindingsHaveTheirRecordsFields(streamed);
            }
        }
    }
}
