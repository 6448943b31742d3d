package dev.mrt.tagging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mrt.tagging.model.LinkDecision;
import dev.mrt.tagging.model.LinkInput;
import dev.mrt.tagging.model.ModelDecision;
import dev.mrt.tagging.model.ModelInput;
import dev.mrt.tagging.model.TaggingModel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

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
    public static List<ArticleText> labelledPassages() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        List<ArticleText> out = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                TestTaggers.class.getResourceAsStream("/tagging/labelled.jsonl"), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = mapper.readTree(line);
                JsonNode published = n.get("published_at");
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
    public static List<String> notes(String body) {
        return tag(body).notes().stream()
                .map(n -> n.asset() + " " + n.direction().code())
                .toList();
    }

    /**
     * A model written for a test: consulted, deciding by the given functions, asked about every
     * article (the interface's defaults for {@code decides} and {@code weighs}).
     */
    public static TaggingModel model(
            Function<ModelInput, ModelDecision> decide,
            BiFunction<ModelInput, LinkInput, LinkDecision> link,
            String version) {
        return new TaggingModel() {
            @Override
            public boolean consulted() {
                return true;
            }

            @Override
            public ModelDecision decide(ModelInput article) {
                return decide.apply(article);
            }

            @Override
            public LinkDecision link(ModelInput article, LinkInput links) {
                return link.apply(article, links);
            }

            @Override
            public String version() {
                return version;
            }
        };
    }

    public static NoteFinding note(Tags tags, String asset) {
        return tags.notes().stream()
                .filter(n -> n.asset().equals(asset))
                .findFirst()
                .orElse(null);
    }
}
