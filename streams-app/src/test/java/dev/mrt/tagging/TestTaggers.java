package dev.mrt.tagging;

import java.nio.file.Path;
import java.time.OffsetDateTime;

/** One tagger for the whole test run: loading the taxonomy is the expensive part. */
public final class TestTaggers {
    public static final Path REPO_ROOT = Path.of(System.getProperty("mrt.repo.root", ".."));
    public static final ArticleTagger TAGGER = ArticleTagger.load(REPO_ROOT.resolve("config/taxonomy"));

    private TestTaggers() {}

    public static Tags tag(String body) {
        return TAGGER.tag(new ArticleText("t", "", body, OffsetDateTime.parse("2024-03-15T10:00:00+00:00")));
    }

    public static Tags tag(String title, String body, String publishedAt) {
        return TAGGER.tag(
                new ArticleText("t", title, body, publishedAt == null ? null : OffsetDateTime.parse(publishedAt)));
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
