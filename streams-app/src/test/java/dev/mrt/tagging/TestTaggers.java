package dev.mrt.tagging;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * One tagger for the whole test run (loading the taxonomy is the expensive part): the rules alone,
 * which these tests are about; the shipped model is tested on labelled passages and by its own tests.
 */
public final class TestTaggers {
    public static final Path REPO_ROOT = Path.of(System.getProperty("mrt.repo.root", ".."));
    public static final ArticleTagger TAGGER =
            ArticleTagger.load(REPO_ROOT.resolve("config/taxonomy")).rulesOnly();

    private TestTaggers() {}

    public static Tags tag(String body) {
        return TAGGER.tag(new ArticleText("t", "", body, OffsetDateTime.parse("2024-03-15T10:00:00+00:00")));
    }

    public static Tags tag(String title, String body, String publishedAt) {
        return TAGGER.tag(
                new ArticleText("t", title, body, publishedAt == null ? null : OffsetDateTime.parse(publishedAt)));
    }

    /** The team's own labelled passages (test resources written by the team), as articles. */
    public static java.util.List<ArticleText> labelledPassages() throws java.io.IOException {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        java.util.List<ArticleText> out = new java.util.ArrayList<>();
        try (java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(
                TestTaggers.class.getResourceAsStream("/tagging/labelled.jsonl"),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode n = mapper.readTree(line);
                com.fasterxml.jackson.databind.JsonNode published = n.get("published_at");
                out.add(new ArticleText(
                        n.get("id").asText(),
                        n.path("title").asText(""),
                        n.path("body").asText(""),
                        published == null || published.isNull() ? null : OffsetDateTime.parse(published.asText())));
            }
        }
        return out;
    }

    /** The notes of a body as "ASSET direction" ("USDTRY up"), in order. */
    public static java.util.List<String> notes(String body) {
        return tag(body).notes().stream()
                .map(n -> n.asset() + " " + n.direction().code())
                .toList();
    }

    public static NoteFinding note(Tags tags, String asset) {
        return tags.notes().stream()
                .filter(n -> n.asset().equals(asset))
                .findFirst()
                .orElse(null);
    }
}
