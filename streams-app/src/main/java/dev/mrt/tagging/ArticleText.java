package dev.mrt.tagging;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The text the tagger reads: one article, with its publication time in the publisher's
 * local offset so that relative dates ("Thursday night") resolve in local time.
 */
public record ArticleText(String id, String title, String body, OffsetDateTime publishedAt) {

    /** Separator between title and body; evidence offsets are into {@link #fullText()}. */
    public static final String TITLE_BODY_SEPARATOR = "\n\n";

    public ArticleText {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        body = body == null ? "" : body;
    }

    /** {@code title + "\n\n" + body}: the string all evidence offsets index into. */
    public String fullText() {
        return title + TITLE_BODY_SEPARATOR + body;
    }
}
